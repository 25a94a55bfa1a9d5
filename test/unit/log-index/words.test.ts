import { describe, expect, it } from 'vitest';
import { foldText, indexWords, queryWords } from '../../../utils/log-index/words';

describe('search words', () => {
  it('folds case, accents and ligatures, in French and English', () => {
    expect(foldText('Élève ÇA Œuvre')).toBe('eleve ca oeuvre');
    expect(queryWords("L'immigré's  CŒUR")).toEqual(['immigre', 'coeur']);
  });

  it('indexes whole words of two characters or more, once, long words cut', () => {
    const words = indexWords(['Haine haineux haine', 'https://x.com/a']);
    expect(words).toEqual(['haine', 'haineux', 'https', 'com']);
    expect(indexWords(['anticonstitutionnellement'])).toEqual(['anticonstitution']);
  });
});
