import { beforeAll, describe, expect, it } from 'vitest';
import { suggestionSchema } from '../../../utils/classify/suggestion';
import { analyse } from '../../../utils/hate-model/analyse';
import { loadModel } from '../../../utils/hate-model/load';
import type { LoadedModel } from '../../../utils/hate-model/predict';

// The composer's assistant with the shipped model: what it suggests, and how it explains it.

let model: LoadedModel;
beforeAll(async () => {
  model = await loadModel();
}, 60_000);

describe('the composer’s assistant', () => {
  it('finds the hate that uses no slur, with its ground', () => {
    for (const [text, ground] of [
      ['Les musulmans sont une plaie pour ce pays, il faut les renvoyer chez eux', 'religion'],
      ['Je déteste les femmes, elles ne servent à rien', 'sex'],
      ['On devrait brûler toutes les mosquées', 'religion'],
      ['I hate Muslims', 'religion'],
      ['Gay people are disgusting', 'sexual-orientation'],
      ['Women belong in the kitchen, not in parliament', 'sex'],
    ] as const) {
      const s = analyse(text, model);
      expect(s.categoryId, text).not.toBeNull();
      expect(s.grounds, text).toContain(ground);
    }
  });

  it('explains: rule, target, words, all pointing at the text', () => {
    const text = 'Les musulmans sont une plaie pour ce pays, il faut les renvoyer chez eux';
    const s = analyse(text, model);
    const e = s.explanation;
    expect(e?.decidedBy).toBe('rule');
    expect(s.categoryId).toBe('hate-provocation');
    expect(e?.target).toMatchObject({ text: 'musulmans', ground: 'religion', viaPronoun: false });
    expect(e?.rules.map((r) => r.rule)).toEqual(['dehumanisation', 'violence-or-exclusion']);
    for (const span of [...(e?.rules ?? []), ...(e?.words ?? []), e?.target]) {
      expect(span && text.slice(span.start, span.end)).toBe(span?.text);
    }
    expect(e?.words.length).toBeGreaterThan(0);
    expect(e?.words.every((w) => w.weight > 0)).toBe(true);
    // The stored form parses.
    expect(suggestionSchema.parse(s)).toEqual(s);
  });

  it('keeps the word lists’ answer when they find something', () => {
    const s = analyse('Mort aux juifs.', model);
    expect(s.categoryId).toBe('hate-provocation');
    expect(s.explanation?.decidedBy).toBe('lexicon');
  });

  it('leaves neutral mentions, negations and counter-speech alone', () => {
    for (const text of [
      'Muslims are my neighbours and friends.',
      'Les juifs ne sont pas des parasites.',
      'Saying that women are inferior is sexist.',
      'Dire que les noirs sont des rats, c’est dégueulasse et raciste.',
      'A post about the weather.',
      'This phone is useless garbage.',
    ]) {
      expect(analyse(text, model).categoryId, text).toBeNull();
    }
  });

  it('says why a high model score was not taken', () => {
    const e = analyse('Les juifs ne sont pas des parasites.', model).explanation;
    expect(e?.hate).toBeGreaterThan(0.5);
    expect(e?.modelDiscountedBy).toBe('negation');
  });

  it('sets aside a slur used as self-description', () => {
    const s = analyse('Fière gouine, fière de ma communauté.', model);
    expect(s.categoryId).toBeNull();
    expect(s.matches[0]?.discountedBy).toBe('reclaimed');
  });

  it('reads hostile input as text, in bounded time', () => {
    const hostile = '<img src=x onerror=alert(1)> les juifs sont des r.a.t.s « '.repeat(200).slice(0, 10_000);
    const s = analyse(hostile, model);
    expect(s.categoryId).not.toBeNull();
    expect(analyse('', model).categoryId).toBeNull();
  });
});
