import { describe, expect, it } from 'vitest';
import { firstHintIn, normalizeText, startsAWord } from '../../../utils/form-fill/normalize';

describe('normalizeText', () => {
  it('lowers case, strips accents and turns punctuation into single spaces', () => {
    expect(normalizeText('  Adresse É-mail  (obligatoire) * ')).toBe('adresse e mail obligatoire');
    expect(normalizeText('Lien vers le contenu : URL')).toBe('lien vers le contenu url');
    expect(normalizeText('Raison d’être')).toBe('raison d etre');
  });
});

describe('startsAWord and firstHintIn', () => {
  it('find a hint at the start of a word, accents and case aside', () => {
    expect(startsAWord('expliquez pourquoi', 'expli')).toBe(true);
    expect(startsAWord('prenom', 'nom')).toBe(false);
    expect(startsAWord('votre nom', 'Nom')).toBe(true);
    expect(startsAWord('adresse e mail', 'e-mail')).toBe(true);
  });

  it('gives the index of the first hint found, or -1', () => {
    expect(firstHintIn('your email address', ['phone', 'email'])).toBe(1);
    expect(firstHintIn('your email address', ['phone'])).toBe(-1);
    expect(firstHintIn('anything', [' - '])).toBe(-1);
  });
});
