import { fold } from '../classify/normalize';
import { tokenize } from '../classify/tokenize';

// What the model reads in a text: its words as the classification assistant reads them (folded,
// evasions read back, repeated letters squashed, a plural s dropped), word pairs, and the character
// 3- to 5-grams of each word, which carry across French and English and across misspellings. Each
// feature is hashed into a fixed number of buckets, so the model needs no vocabulary.

export const HASH_BITS = 16;
const BUCKETS = 1 << HASH_BITS;
const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** A word of the text and where it is in the original (UTF-16 offsets), for highlighting. */
export interface Word {
  key: string;
  start: number;
  end: number;
}

export interface Features {
  words: Word[];
  /** Bucket of each feature, and the first word it comes from; a pair also covers the next word. */
  buckets: number[];
  owners: number[];
  pairs: boolean[];
}

/** FNV-1a, 32 bits: stable across runs and platforms, which the shipped weights depend on. */
export function bucketOf(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

export function wordsOf(text: string): Word[] {
  const folded = fold(text);
  const { tokens } = tokenize(folded);
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    // A word spelled out across dots or spaces is read whole.
    const last = token.joined ? token.joined.last : i;
    const key = token.joined ? token.joined.key : token.key;
    const to = (tokens[last]?.to ?? token.to) - 1;
    const start = folded.start[token.from] ?? 0;
    words.push({ key, start, end: folded.end[to] ?? start });
    i = last;
  }
  return words;
}

export function featuresOf(text: string): Features {
  const words = wordsOf(text);
  const buckets: number[] = [];
  const owners: number[] = [];
  const pairs: boolean[] = [];
  const add = (feature: string, owner: number, pair: boolean) => {
    buckets.push(bucketOf(feature));
    owners.push(owner);
    pairs.push(pair);
  };
  words.forEach((word, i) => {
    add(`w ${word.key}`, i, false);
    const next = words[i + 1];
    if (next) add(`p ${word.key} ${next.key}`, i, true);
    const padded = `<${word.key}>`;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let k = 0; k + n <= padded.length; k++) add(`c ${padded.slice(k, k + n)}`, i, false);
    }
  });
  return { words, buckets, owners, pairs };
}
