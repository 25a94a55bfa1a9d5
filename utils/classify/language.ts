import type { Token } from './tokenize';

// French or English, from the share of each language's most frequent words. Enough to choose the
// definitions shown and to gate the list words that are ordinary words in the other language.

const FR = new Set(
  'le la les de des du un une et est que qui pas ne je tu il elle nous vous ils elles sont dans sur pour avec ce cette ces mais ou au aux en sa son ses mon ma mes ton ta tes c ca plus tres tout tous faut j l d qu n m t s y etait ete avoir etre'.split(
    ' ',
  ),
);
const EN = new Set(
  'the an and is are was were of to in for with this that these those it its you your i we they he she his her him them not no but or be have has do does don will would should can my our their at by from as what who just so if'.split(
    ' ',
  ),
);
const FRENCH_LETTERS = /[éèêëàâçùûîïôœ]/i;

export function detectLanguage(tokens: Token[], original: string): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    if (FR.has(token.surface)) fr++;
    if (EN.has(token.surface)) en++;
  }
  if (fr !== en) return fr > en ? 'fr' : 'en';
  // No stopwords either way (very short posts): accented letters point to French, else English.
  return FRENCH_LETTERS.test(original) ? 'fr' : 'en';
}
