import { describe, expect, it } from 'vitest';
import { fold } from '../../../utils/classify/normalize';
import { keyOf, tokenize } from '../../../utils/classify/tokenize';

// Folding and reading words back from the usual evasions, and the map from folded text to the
// original, which highlighting depends on.

const words = (text: string) => tokenize(fold(text)).tokens.map((t) => t.surface);
/** Every reading of the text: plain tokens and words spelled across dots, dashes or spaces. */
const readings = (text: string) =>
  tokenize(fold(text)).tokens.flatMap((t) => (t.joined ? [t.key, t.joined.key] : [t.key]));

describe('fold', () => {
  it('lowercases and strips accents, precomposed or combining', () => {
    expect(fold('Pédé NÈGRE').text).toBe('pede negre');
    expect(fold('pe\u0301de\u0301').text).toBe('pede');
    expect(fold('Sœur ÆSIR straße').text).toBe('soeur aesir strasse');
  });

  it('reads Cyrillic and Greek look-alikes, fullwidth and mathematical letters as Latin', () => {
    expect(fold('b\u043eugn\u043eule').text).toBe('bougnoule'); // Cyrillic о
    expect(fold('\u039d\u0399GGER').text).toBe('nigger'); // Greek capital Nu, Iota
    expect(fold('\u0440\u0435d\u0435').text).toBe('pede'); // Cyrillic р, е
    expect(fold('\u03ba\u03b9\u03ba\u03b5').text).toBe('kike'); // Greek κ, ι, ε
    expect(fold('ｎｉｇｇｅｒ').text).toBe('nigger');
    expect(fold('𝐤𝐢𝐤𝐞 𝓀𝒾𝓀𝑒').text).toBe('kike kike');
    expect(fold('ᴋɪᴋᴇ').text).toBe('kike');
  });

  it('drops zero-width characters and soft hyphens inside words', () => {
    expect(fold('n\u200bi\u200dg\u00adger').text).toBe('nigger');
  });

  it('keeps an emoji without its skin tone or variation selector', () => {
    expect(fold('🐒🏽').text).toBe('🐒');
    expect(fold('🏳️‍🌈').text).toBe('🏳\u200d🌈');
  });

  it('maps every folded unit back to the original characters it came from', () => {
    const original = 'Ｓale pe\u0301de\u0301 🐒🏽 𝐤𝐢𝐤𝐞!';
    const folded = fold(original);
    expect(folded.start).toHaveLength(folded.text.length);
    expect(folded.end).toHaveLength(folded.text.length);
    const at = (needle: string) => {
      const i = folded.text.indexOf(needle);
      return original.slice(folded.start[i], folded.end[i + needle.length - 1]);
    };
    expect(at('sale')).toBe('Ｓale');
    expect(at('pede')).toBe('pe\u0301de\u0301');
    expect(at('🐒')).toBe('🐒🏽');
    expect(at('kike')).toBe('𝐤𝐢𝐤𝐞');
  });
});

describe('tokenize', () => {
  it('reads leetspeak inside words but leaves numbers alone', () => {
    expect(words('n3gr0 s@lope pu$$y n!gger 4r4be 7ue')).toEqual([
      'negro',
      'salope',
      'pussy',
      'nigger',
      'arabe',
      'tue',
    ]);
    expect(words('1488 en 2024, 100$')).toEqual(['1488', 'en', '2024', '100']);
  });

  it('keeps punctuation after a word out of it', () => {
    expect(words('Sale pédé! Dégage.')).toEqual(['sale', 'pede', 'degage']);
  });

  it('reads words spelled with dots, dashes, underscores or spaces', () => {
    expect(readings('b.o.u.g.n.o.u.l.e')).toContain('bougnoule');
    expect(readings('f-a-g-g-o-t')).toContain('fagot');
    expect(readings('k_i_k_e')).toContain('kike');
    expect(readings('un p é d é ici')).toContain('pede');
    expect(readings('n. e. g. r. e.')).toContain('negre');
    expect(readings('n 3 g r 0')).toContain('negro');
  });

  it('does not join two ordinary words across a space', () => {
    expect(readings('il y a du monde')).not.toContain('yadu');
  });

  it('squashes repeated letters but remembers how many there were', () => {
    expect(keyOf('peeeeede')).toEqual({ key: 'pede', runs: [1, 5, 1, 1] });
    expect(keyOf('nigger')).toEqual({ key: 'niger', runs: [1, 1, 2, 1, 1] });
    expect(keyOf('bougnoules').key).toBe('bougnoule');
    expect(keyOf('les').key).toBe('les');
  });

  it('skips handles, which name accounts', () => {
    expect(words('@juif_du_93 bonjour')).toEqual(['bonjour']);
  });

  it('marks sentences and quoted passages', () => {
    const { tokens, quotes } = tokenize(fold('Il a dit « mort aux juifs ». Honte. She said "no".'));
    expect(new Set(tokens.map((t) => t.sentence)).size).toBe(3);
    expect(quotes.map((q) => q.tokens)).toEqual([3, 1]);
    expect(tokens.filter((t) => t.quote === 0).map((t) => t.surface)).toEqual(['mort', 'aux', 'juifs']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(tokenize(fold("l’arabe, don't, ex's 'retard' here")).quotes).toHaveLength(1);
  });
});
