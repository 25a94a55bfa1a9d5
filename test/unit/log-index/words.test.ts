import { describe, expect, it } from 'vitest';
import { foldText, queryWords, wordPrefixes } from '../../../utils/log-index/words';

describe('search words', () => {
  it('folds case, accents and ligatures, in French and English', () => {
    expect(foldText('Élève ÇA Œuvre')).toBe('eleve ca oeuvre');
    expect(queryWords("L'immigré's  CŒUR")).toEqual(['immigre', 'coeur']);
  });

  it('indexes every prefix of two characters or more, once, long words cut', () => {
    const prefixes = wordPrefixes(['Haine haineux', 'https://x.com/a']);
    expect(prefixes).toEqual(
      expect.arrayContaining(['ha', 'hai', 'haine', 'haineu', 'haineux', 'ht', 'https', 'co', 'com']),
    );
    expect(prefixes.filter((p) => p === 'haine')).toHaveLength(1);
    expect(prefixes).not.toContain('x');
    expect(wordPrefixes(['anticonstitutionnellement']).at(-1)).toBe('anticonstitution');
  });
});
