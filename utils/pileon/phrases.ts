import type { CollectionItem } from './collection';
import { authorKey } from './timeline';

// Repeated phrases shared by several authors: the same words from different accounts are a sign of
// a coordinated attack (a slogan, a copied message). Words are compared without case or accents.

export interface RepeatedPhrase {
  phrase: string;
  /** The distinct authors who wrote it, and the replies it appears in. */
  authors: string[];
  replies: number;
}

const MIN_WORDS = 3;
// Longer shared passages show as their overlapping runs of this many words.
const MAX_WORDS = 12;
const MAX_PHRASES = 30;

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}#@']+/u)
    .filter(Boolean);
}

/** Each distinct run of MIN_WORDS–MAX_WORDS words in the text. */
function runsOf(text: string): Set<string> {
  const list = words(text);
  const runs = new Set<string>();
  for (let size = MIN_WORDS; size <= MAX_WORDS; size++) {
    for (let i = 0; i + size <= list.length; i++) runs.add(list.slice(i, i + size).join(' '));
  }
  return runs;
}

/** A run inside a longer kept one, written by the same authors, says nothing more. */
function isInsideLonger(phrase: RepeatedPhrase, kept: readonly RepeatedPhrase[]): boolean {
  return kept.some((k) => k.phrase.includes(phrase.phrase) && k.authors.length === phrase.authors.length);
}

export function repeatedPhrases(items: readonly CollectionItem[], minAuthors = 2): RepeatedPhrase[] {
  const seen = new Map<string, { authors: Set<string>; replies: number }>();
  for (const item of items) {
    for (const run of runsOf(item.text)) {
      const entry = seen.get(run) ?? { authors: new Set<string>(), replies: 0 };
      entry.authors.add(authorKey(item));
      entry.replies++;
      seen.set(run, entry);
    }
  }
  const shared = [...seen.entries()]
    .filter(([, e]) => e.authors.size >= minAuthors)
    .map(([phrase, e]) => ({ phrase, authors: [...e.authors].sort(), replies: e.replies }))
    .sort(
      (a, b) =>
        b.phrase.split(' ').length - a.phrase.split(' ').length || b.authors.length - a.authors.length,
    );
  const kept: RepeatedPhrase[] = [];
  for (const phrase of shared) if (!isInsideLonger(phrase, kept)) kept.push(phrase);
  return kept
    .sort((a, b) => b.authors.length - a.authors.length || b.phrase.length - a.phrase.length)
    .slice(0, MAX_PHRASES);
}
