// Search words for the log's inverted index. Text is folded the same way when it is indexed and
// when it is typed: lower case, accents removed (é → e, œ → oe), split on anything that is not a
// letter or a digit, so French elisions ("l'immigré") and English possessives give separate words.

/** Shorter words are not indexed: they are mostly articles and would match half the log. */
export const MIN_PREFIX = 2;
/** Longer words are indexed by their first characters only, which keeps the index small. */
export const MAX_PREFIX = 16;

const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => ligatures[c] ?? c);
}

/** The folded words of a text, each cut to MAX_PREFIX characters. */
export function searchWords(text: string): string[] {
  return (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, MAX_PREFIX));
}

/** Every prefix of every word (MIN_PREFIX characters and more), without repeats: the index keys. */
export function wordPrefixes(texts: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const word of searchWords(text)) {
      for (let end = MIN_PREFIX; end <= word.length; end++) prefixes.add(word.slice(0, end));
    }
  }
  return [...prefixes];
}

/** The typed words that can be looked up; shorter ones are ignored (see MIN_PREFIX). */
export function queryWords(typed: string): string[] {
  return [...new Set(searchWords(typed).filter((word) => word.length >= MIN_PREFIX))];
}
