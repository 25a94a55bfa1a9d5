// `npm run train`: trains the hate model on the labelled public sets in ../shared/datasets/ (beside
// the repository) and our own sentences, measures it and the alternative family on each set's
// held-out part, and writes assets/model/hate-model-v1.json and the metrics of MODEL_CARD.md.
// Deterministic: the same data and seed give the same weights. `--data DIR` and `--seed N` override.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { featuresOf, HASH_BITS } from '../../utils/hate-model/features';
import { type HeldOutRow, headIds } from '../../utils/hate-model/model-schema';
import { groundIds } from '../../utils/taxonomy/grounds';
import { type Example, loadExamples } from './datasets';
import { type Encoded, type LinearModel, scoreLinear, trainLogistic } from './logistic';
import { measure } from './metrics';
import { renderCard } from './model-card';
import { modelFile } from './model-file';
import { trainNaiveBayes } from './naive-bayes';

const ROOT = join(import.meta.dirname, '../..');
const HEADS = headIds.length;
const BUCKETS = 1 << HASH_BITS;
export const TRAINING = { epochs: 4, learningRate: 0.1, l2: 1e-6 };

export function encode(example: Example): Encoded {
  const { buckets } = featuresOf(example.text);
  const labels = Int8Array.from(headIds, (id) => example.labels[id] ?? -1);
  return {
    buckets: Int32Array.from(buckets),
    value: buckets.length ? 1 / Math.sqrt(buckets.length) : 0,
    labels,
    weight: example.weight,
  };
}

export function trainModel(data: Encoded[], seed: number): LinearModel {
  return trainLogistic(data, { buckets: BUCKETS, heads: HEADS, seed, ...TRAINING });
}

/** Held-out rows of one family: hate and abuse per set, and the ground found on hateful texts. */
function heldOutRows(
  family: string,
  model: LinearModel,
  examples: Example[],
  encoded: Encoded[],
): HeldOutRow[] {
  const rows: HeldOutRow[] = [];
  const sources = [...new Set(examples.map((e) => e.source))];
  for (const source of sources) {
    const picked = examples.flatMap((e, i) => (e.heldOut && e.source === source ? [i] : []));
    const language = examples[picked[0] ?? 0]?.language ?? 'en';
    for (const head of ['hate', 'abuse'] as const) {
      const h = headIds.indexOf(head);
      const pairs = picked.flatMap((i): Array<[0 | 1, number]> => {
        const y = examples[i]?.labels[head];
        const e = encoded[i];
        return y === undefined || !e ? [] : [[y, scoreLinear(model, HEADS, e, h)]];
      });
      if (pairs.length) rows.push({ source, language, head, family, ...measure(pairs) });
    }
    // Ground: the highest ground head is one of the text's grounds, on hateful texts with grounds.
    const withGround = picked.filter((i) => groundIds.some((g) => examples[i]?.labels[g] === 1));
    if (withGround.length) {
      const pairs = withGround.map((i): [0 | 1, number] => {
        const e = encoded[i] as Encoded;
        const scores = groundIds.map((g) => scoreLinear(model, HEADS, e, headIds.indexOf(g)));
        const best = groundIds[scores.indexOf(Math.max(...scores))];
        return [1, best && examples[i]?.labels[best] === 1 ? 1 : 0];
      });
      rows.push({ source, language, head: 'ground', family, ...measure(pairs), auc: 0 });
    }
  }
  return rows;
}

function main() {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, seed: { type: 'string' } },
  });
  const dataDir = values.data ?? join(ROOT, '../shared/datasets');
  const seed = Number(values.seed ?? 13);
  const started = performance.now();
  const examples = loadExamples(dataDir, join(ROOT, 'tools/train/own-examples.json'));
  const encoded = examples.map(encode);
  const train = encoded.filter((_, i) => !examples[i]?.heldOut);
  process.stdout.write(`${examples.length} examples, ${train.length} for training\n`);
  const logistic = trainModel(train, seed);
  const bayes = trainNaiveBayes(train, BUCKETS, HEADS);
  const heldOut = [
    ...heldOutRows('logistic', logistic, examples, encoded),
    ...heldOutRows('naive-bayes', bayes, examples, encoded),
  ];
  const trainedOn = new Date().toISOString().slice(0, 10);
  const file = modelFile(logistic, seed, trainedOn, heldOut);
  const assetPath = join(ROOT, 'assets/model/hate-model-v1.json');
  writeFileSync(assetPath, `${JSON.stringify(file, null, 2)}\n`);
  // In the layout the linter checks, so that a retrained model is committed as written.
  execFileSync('npx', ['biome', 'format', '--write', assetPath], { cwd: ROOT, stdio: 'ignore' });
  const cardPath = join(ROOT, 'MODEL_CARD.md');
  writeFileSync(cardPath, renderCard(readFileSync(cardPath, 'utf8'), file, examples));
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(`written assets/model/hate-model-v1.json and MODEL_CARD.md in ${seconds} s\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
