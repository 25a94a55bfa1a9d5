import type { GroundId } from '../taxonomy/grounds';
import type { Element } from './patterns';
import type { Reading, Token } from './tokenize';

// Finds compiled entries in a tokenized text. Entries are indexed by their first word, so a text
// is read once, trying at each word only the entries that can start there.

export interface Compiled<P> {
  elements: Element[];
  payload: P;
}

export interface Hit<P> {
  payload: P;
  /** First and last token of the match. */
  first: number;
  last: number;
  /** Ground of the group named in a `{group}` slot, if any. */
  ground: GroundId | null;
  /** Tokens skipped by `*` gaps: a negation there counts ("Muslims are not terrorists"). */
  gaps: number[];
}

interface GroupAt {
  end: number;
  ground: GroundId | null;
}

/** Whether a token reads as a list word: same squashed letters, and each letter repeated at least
 * as often as in the list (up to two), so "niger" is not the list's "nigger" but "niggggger" is. */
function sameWord(entry: Reading, key: string, runs: number[] | null): boolean {
  if (entry.key !== key) return false;
  if (!entry.runs || !runs) return true;
  for (let k = 0; k < runs.length; k++) {
    if ((runs[k] ?? 0) < Math.min(entry.runs[k] ?? 1, 2)) return false;
  }
  return true;
}

/** Where the words end if they match from token p (a spelled-out word spans several tokens), or -1. */
function wordsAt(words: Reading[], tokens: Token[], p: number, sentence: number): number {
  let q = p;
  for (const word of words) {
    const token = tokens[q];
    if (!token || token.sentence !== sentence) return -1;
    if (sameWord(word, token.key, token.runs)) q++;
    else if (token.joined && sameWord(word, token.joined.key, token.joined.runs)) q = token.joined.last + 1;
    else return -1;
  }
  return q;
}

/** One text being read: its tokens and, memoised, the group names found at each token. */
export class Scan {
  private readonly groupMemo = new Map<number, GroupAt[]>();
  /** The same tokens for the group names themselves, which have no slot. */
  private readonly plain: Scan | null;
  constructor(
    readonly tokens: Token[],
    private readonly groups: Matcher<GroundId | null> | null,
  ) {
    this.plain = groups ? new Scan(tokens, null) : null;
  }

  groupsAt(p: number): GroupAt[] {
    let found = this.groupMemo.get(p);
    if (!found) {
      const hits = this.groups && this.plain ? this.groups.matchAt(this.plain, p, () => true) : [];
      found = hits.map((h) => ({ end: h.last + 1, ground: h.payload })).sort((a, b) => b.end - a.end);
      this.groupMemo.set(p, found);
    }
    return found;
  }
}

export class Matcher<P> {
  private readonly byKey = new Map<string, Compiled<P>[]>();
  private readonly groupFirst: Compiled<P>[] = [];

  constructor(items: Compiled<P>[]) {
    for (const item of items) {
      const first = item.elements[0];
      if (!first) continue;
      if (first.kind === 'group') this.groupFirst.push(item);
      else if (first.kind === 'words') {
        const keys = new Set(first.alternatives.map((words) => words[0]?.key ?? ''));
        for (const key of keys) {
          const list = this.byKey.get(key);
          if (list) list.push(item);
          else this.byKey.set(key, [item]);
        }
      }
    }
  }

  matchAll(scan: Scan, accept: (payload: P) => boolean): Hit<P>[] {
    const hits: Hit<P>[] = [];
    for (let p = 0; p < scan.tokens.length; p++) this.collectAt(scan, p, accept, hits);
    return hits;
  }

  matchAt(scan: Scan, p: number, accept: (payload: P) => boolean): Hit<P>[] {
    const hits: Hit<P>[] = [];
    this.collectAt(scan, p, accept, hits);
    return hits;
  }

  private collectAt(scan: Scan, p: number, accept: (payload: P) => boolean, hits: Hit<P>[]): void {
    const token = scan.tokens[p];
    if (!token) return;
    const sources: Compiled<P>[][] = [];
    const direct = this.byKey.get(token.key);
    if (direct) sources.push(direct);
    const joined = token.joined ? this.byKey.get(token.joined.key) : undefined;
    if (joined && joined !== direct) sources.push(joined);
    if (this.groupFirst.length > 0 && scan.groupsAt(p).length > 0) sources.push(this.groupFirst);
    // An entry reachable two ways (its word, and a spelled-out word) is tried once.
    const tried = sources.length > 1 ? new Set<Compiled<P>>() : null;
    for (const source of sources) {
      for (const item of source) {
        if (tried) {
          if (tried.has(item)) continue;
          tried.add(item);
        }
        if (!accept(item.payload)) continue;
        const state = { ground: null as GroundId | null, gaps: [] as number[] };
        const end = this.walk(scan, item.elements, 0, p, token.sentence, state);
        if (end > p) hits.push({ payload: item.payload, first: p, last: end - 1, ...state });
      }
    }
  }

  /** Matches elements[e..] from token p; returns the end token (exclusive) or -1. */
  private walk(
    scan: Scan,
    elements: Element[],
    e: number,
    p: number,
    sentence: number,
    state: { ground: GroundId | null; gaps: number[] },
  ): number {
    const element = elements[e];
    if (!element) return p;
    const tokens = scan.tokens;
    if (element.kind === 'gap') {
      // Shortest gap first: the nearest reading of the pattern is the one reported.
      for (let k = 0; k <= element.max && p + k < tokens.length; k++) {
        if (k > 0 && tokens[p + k - 1]?.sentence !== sentence) break;
        const end = this.walk(scan, elements, e + 1, p + k, sentence, state);
        if (end >= 0) {
          for (let g = p; g < p + k; g++) state.gaps.push(g);
          return end;
        }
      }
      return -1;
    }
    if (tokens[p]?.sentence !== sentence) return -1;
    if (element.kind === 'group') {
      for (const group of scan.groupsAt(p)) {
        if (tokens[group.end - 1]?.sentence !== sentence) continue;
        const end = this.walk(scan, elements, e + 1, group.end, sentence, state);
        if (end >= 0) {
          state.ground ??= group.ground;
          return end;
        }
      }
      return -1;
    }
    for (const words of element.alternatives) {
      const q = wordsAt(words, tokens, p, sentence);
      if (q < 0) continue;
      const end = this.walk(scan, elements, e + 1, q, sentence, state);
      if (end >= 0) return end;
    }
    return -1;
  }
}
