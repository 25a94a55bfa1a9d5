import { type Folded, isPictographic } from './normalize';
import { findQuotes } from './quotes';

// Cuts folded text into words and reads the usual evasions back into them: leetspeak ("n3gr0"),
// letters separated by dots, dashes or spaces ("n.e.g.r.e", "n e g r e"), repeated letters. Also
// marks sentences (rules never reach across them) and quoted passages (for the quotation rule).

/** How a word is compared: repeated letters squashed, a final plural s dropped, and the length of
 * each squashed run kept, so that "niger" does not read as a list entry spelled with "gg". */
export interface Reading {
  key: string;
  runs: number[] | null;
}

export interface Token extends Reading {
  /** The word as folded and de-leeted, before squashing. */
  surface: string;
  /** Range in the folded text. */
  from: number;
  to: number;
  sentence: number;
  /** Index of the quoted passage the token is in, or -1. */
  quote: number;
  emoji: boolean;
  /** The word read across dots, dashes or single spaces, from this token to token `last`. */
  joined: (Reading & { last: number }) | null;
}

export interface QuoteSpan {
  from: number;
  to: number;
  tokens: number;
}

export interface Tokenized {
  tokens: Token[];
  quotes: QuoteSpan[];
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const SYMBOLS: Record<string, string> = { '@': 'a', $: 's', '!': 'i' };
const JOINERS = new Set(['.', '-', '_', '*', '·', '•', '~', '‐']);
const SPACING = /^[ \t.\-_*·•~‐]+$/;
const LETTER = /^\p{L}$/u;
/** Longer runs of single letters are not a spelled-out word (and would cost quadratic time). */
const MAX_SPELLED = 24;

const letterCache = new Map<string, boolean>();
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch >= 'a' && ch <= 'z') return true;
  if (ch < '\u0080') return false;
  let known = letterCache.get(ch);
  if (known === undefined) {
    known = LETTER.test(ch);
    letterCache.set(ch, known);
  }
  return known;
}
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isAlnum = (ch: string | undefined) => isLetter(ch) || isDigit(ch);

/** Whether text[j] belongs to a word: letters, digits, and @ ! $ where they stand for letters. */
function wordAt(text: string, j: number): boolean {
  const ch = text[j];
  if (isAlnum(ch)) return true;
  if (ch === '@' || ch === '!') return isAlnum(text[j + 1]);
  if (ch === '$') return isAlnum(text[j + 1]) || isAlnum(text[j - 1]);
  return false;
}

export function keyOf(surface: string): Reading {
  let key = '';
  let last = -1;
  const runs: number[] = [];
  // Code units, not code points: a hot loop, and astral letters compare the same either way.
  for (let i = 0; i < surface.length; i++) {
    const unit = surface.charCodeAt(i);
    if (unit === last) runs[runs.length - 1] = (runs[runs.length - 1] ?? 0) + 1;
    else {
      key += surface[i];
      runs.push(1);
      last = unit;
    }
  }
  // Plurals: "bougnoules" reads as "bougnoule". Short words keep their s ("pas", "les").
  if (runs.length >= 4 && last === 115) {
    key = key.slice(0, -1);
    runs.pop();
  }
  return { key, runs };
}

function deleet(surface: string): string {
  if (![...surface].some(isLetter)) return surface;
  let out = '';
  for (const ch of surface) out += LEET[ch] ?? ch;
  return out;
}

function newToken(surface: string, from: number, to: number, sentence: number, emoji: boolean): Token {
  const { key, runs } = emoji ? { key: surface, runs: null } : keyOf(surface);
  return { key, runs, surface, from, to, sentence, quote: -1, emoji, joined: null };
}

/** Letters set apart by single spaces or dots ("n e g r e"): each of them, from the third-to-last
 * back, also reads as the word they spell together up to the end of the sequence. */
function joinSpacedLetters(text: string, tokens: Token[]): void {
  const single = (t: Token | undefined) => t !== undefined && !t.emoji && t.surface.length === 1;
  for (let a = 0; a < tokens.length; ) {
    let b = a;
    while (
      single(tokens[a]) &&
      single(tokens[b + 1]) &&
      SPACING.test(text.slice(tokens[b]?.to, tokens[b + 1]?.from))
    ) {
      b++;
    }
    for (let s = a; s <= b - 2 && b - a < MAX_SPELLED; s++) {
      const token = tokens[s];
      if (!token || token.joined) continue;
      const surface = deleet(
        tokens
          .slice(s, b + 1)
          .map((t) => t.surface)
          .join(''),
      );
      token.joined = { ...keyOf(surface), last: b };
    }
    a = b + 1;
  }
}

/** One word of the text (from `i` to `j`): its pieces between dots or dashes, and the whole. */
function pushWord(text: string, i: number, j: number, sentence: number, tokens: Token[]): void {
  let hasLetter = false;
  for (let k = i; k < j; k++) if (isLetter(text[k])) hasLetter = true;
  const first = tokens.length;
  let surface = '';
  let from = i;
  const flush = (to: number) => {
    if (surface) tokens.push(newToken(surface, from, to, sentence, false));
    surface = '';
  };
  for (let k = i; k < j; k++) {
    const ch = text[k] ?? '';
    if (JOINERS.has(ch)) {
      flush(k);
      from = k + 1;
    } else if (isLetter(ch)) surface += ch;
    else if (isDigit(ch)) surface += hasLetter ? (LEET[ch] ?? ch) : ch;
    else if (hasLetter) surface += SYMBOLS[ch] ?? '';
  }
  flush(j);
  const head = tokens[first];
  if (head && tokens.length - first >= 2) {
    const whole = tokens
      .slice(first)
      .map((t) => t.surface)
      .join('');
    head.joined = { ...keyOf(whole), last: tokens.length - 1 };
  }
}

export function tokenize(folded: Folded): Tokenized {
  const text = folded.text;
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceStart = 0;
  const endSentence = () => {
    if (tokens.length > sentenceStart) {
      sentence++;
      sentenceStart = tokens.length;
    }
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    if (isPictographic(cp)) {
      // fold() left only whole emoji here: a pictograph, then ZWJ + pictograph pairs.
      let j = i + (cp > 0xffff ? 2 : 1);
      while (text[j] === '\u200d') j += 1 + ((text.codePointAt(j + 1) ?? 0) > 0xffff ? 2 : 1);
      tokens.push(newToken(text.slice(i, j), i, j, sentence, true));
      i = j;
      continue;
    }
    if (wordAt(text, i)) {
      let j = i;
      while (j < text.length && (wordAt(text, j) || (JOINERS.has(text[j] ?? '') && wordAt(text, j + 1)))) j++;
      // A handle (@name) names an account: it is not speech, and names contain anything.
      if (text[i] !== '@') pushWord(text, i, j, sentence, tokens);
      i = j;
      continue;
    }
    const ch = text[i];
    const previous = tokens[tokens.length - 1];
    if (ch === '\n' || ch === '!' || ch === '?' || ch === '…') endSentence();
    // A full stop right after a single letter is an initial or a spelled-out word (n. e. g.).
    else if (ch === '.' && !(previous && previous.to === i && previous.surface.length === 1)) endSentence();
    i++;
  }
  joinSpacedLetters(text, tokens);
  // Spans come in text order and do not overlap: one pass over tokens and spans together.
  const quotes = findQuotes(text).map((span) => ({ ...span, tokens: 0 }));
  let q = 0;
  for (const token of tokens) {
    while (q < quotes.length && (quotes[q]?.to ?? 0) <= token.from) q++;
    const span = quotes[q];
    if (span && span.from <= token.from && token.to <= span.to) {
      token.quote = q;
      span.tokens++;
    }
  }
  return { tokens, quotes };
}
