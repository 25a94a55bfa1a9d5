// Search words for the log's inverted index. Text is folded the same way when it is indexed and
// when it is typed: lower case, accents removed (é → e, œ → oe), split on anything that is not a
// letter or a digit, so French elisions ("l'immigré") and English possessives give separate words.

// Only whole words are indexed; a typed word is looked up as the beginning of indexed words (a key
// range on the index), so a row has a key per distinct word rather than one per prefix, which kept
// every save writing over a hundred index entries.

/** Shorter words are not indexed or looked up: they are mostly articles and would match half the log. */
export const MIN_WORD = 2;
/** Longer words are indexed by their first characters only, which keeps the index small. */
export const MAX_WORD = 16;

const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => ligatures[c] ?? c);
}

/** The folded words of a text, each cut to MAX_WORD characters. */
export function searchWords(text: string): string[] {
  return (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, MAX_WORD));
}

/** The distinct words (MIN_WORD characters and more) of these texts: a row's index keys. */
export function indexWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of searchWords(text)) if (word.length >= MIN_WORD) words.add(word);
  }
  return [...words];
}

/** The typed words that can be looked up; shorter ones are ignored (see MIN_WORD). */
export function queryWords(typed: string): string[] {
  return [...new Set(searchWords(typed).filter((word) => word.length >= MIN_WORD))];
}

/** The index keys that begin with a typed word: every indexed word it is the beginning of. */
export function wordRange(word: string): IDBKeyRange {
  return IDBKeyRange.bound(word, `${word}\uffff`);
}
