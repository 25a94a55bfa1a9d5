import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../tools/train/csv';
import { cleanText, type Example, hatemojiGrounds, heldOutKey } from '../../../tools/train/datasets';
import { auc, measure } from '../../../tools/train/metrics';
import { modelFile } from '../../../tools/train/model-file';
import { trainNaiveBayes } from '../../../tools/train/naive-bayes';
import { seeded, shuffle } from '../../../tools/train/prng';
import { encode, trainModel } from '../../../tools/train/train';
import { modelFileSchema } from '../../../utils/hate-model/model-schema';
import { decodeModel, predict } from '../../../utils/hate-model/predict';

// The training code on a small set written here: deterministic, learning, and writing a model the
// extension reads back.

const small: Example[] = [
  ...['vermin', 'parasites', 'rats', 'scum', 'filth', 'a plague'].map((w) => `those people are ${w}`),
  ...['neighbours', 'friends', 'doctors', 'welcome', 'teachers', 'kind'].map((w) => `those people are ${w}`),
].map((text, i) => ({
  text,
  language: 'en',
  source: 'test',
  heldOut: false,
  labels: { hate: i < 6 ? 1 : 0, abuse: i < 6 ? 1 : 0, religion: 1 },
  weight: 1,
}));

describe('training', () => {
  it('is deterministic: the same data and seed give the same weights', () => {
    const data = small.map(encode);
    const a = trainModel(data, 7);
    const b = trainModel(data, 7);
    expect(a.biases).toEqual(b.biases);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const c = trainModel(data, 8);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('learns the small set, and the written model reads back with the same scores', () => {
    const model = trainModel(small.map(encode), 7);
    const file = modelFileSchema.parse(JSON.parse(JSON.stringify(modelFile(model, 7, '2026-01-01', []))));
    const loaded = decodeModel(file);
    const hate = (text: string) => predict(loaded, text).scores.hate;
    expect(hate('those people are vermin')).toBeGreaterThan(0.5);
    expect(hate('those people are neighbours')).toBeLessThan(0.5);
    // The words that pushed the score: the hostile one weighs most.
    const words = predict(loaded, 'those people are vermin').words;
    const top = [...words].sort((x, y) => y.weight - x.weight)[0];
    expect(top?.key).toBe('vermin');
  });

  it('naive Bayes, the alternative family, learns the same set', () => {
    const data = small.map(encode);
    const model = trainNaiveBayes(data, 1 << 16, 8);
    const e = encode({ ...(small[0] as Example), text: 'those people are rats' });
    let z = 0;
    for (const b of e.buckets) z += model.weights[b * 8] ?? 0;
    expect(z).toBeGreaterThan(0);
  });

  it('refuses weights of the wrong size', () => {
    const file = modelFile(trainModel(small.map(encode), 1), 1, '2026-01-01', []);
    expect(() => decodeModel({ ...file, weights: file.weights.slice(0, 100) })).toThrow(/bytes/);
  });
});

describe('training helpers', () => {
  it('reads CSV with quotes, doubled quotes, commas and newlines inside fields', () => {
    const rows = parseCsvRecords('a,b,c\n1,"x, ""y""\nz",3\r\n2,,\n');
    expect(rows).toEqual([
      { a: '1', b: 'x, "y"\nz', c: '3' },
      { a: '2', b: '', c: '' },
    ]);
  });

  it('cleans tweets: entities, retweet marks, links', () => {
    expect(cleanText('RT @a: you &amp; me &#128512; https://t.co/x')).toBe('@a: you & me 😀');
  });

  it('maps HatemojiBuild targets to grounds, intersectional codes to both', () => {
    expect(hatemojiGrounds(['blawom'])).toEqual(['origin', 'sex']);
    expect(hatemojiGrounds(['muswom', 'gayman'])).toEqual(['religion', 'sex', 'sexual-orientation']);
    expect(hatemojiGrounds(['trans', 'dis'])).toEqual(['gender-identity', 'disability']);
    expect(hatemojiGrounds(['wc'])).toEqual([]);
  });

  it('holds out by key, the same way on every run', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `post ${i}`);
    const held = keys.filter(heldOutKey).length;
    expect(keys.filter(heldOutKey).length).toBe(held);
    expect(held).toBeGreaterThan(120);
    expect(held).toBeLessThan(280);
  });

  it('shuffles the same way for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, seeded(3))).toEqual(shuffle(items, seeded(3)));
    expect(shuffle(items, seeded(3))).not.toEqual(items);
  });

  it('measures accuracy, F1 and AUC', () => {
    expect(
      auc([
        [1, 0.9],
        [0, 0.1],
        [1, 0.8],
        [0, 0.2],
      ]),
    ).toBe(1);
    expect(
      auc([
        [1, 0.5],
        [0, 0.5],
      ]),
    ).toBe(0.5);
    const m = measure([
      [1, 0.9],
      [0, 0.6],
      [1, 0.4],
      [0, 0.1],
    ]);
    expect(m).toMatchObject({ examples: 4, positives: 2, accuracy: 0.5, f1: 0.5 });
  });
});
