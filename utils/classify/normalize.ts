import { mapConfusables } from './confusables';

// Folds a text to the form the word lists are written in (lowercase, no accents, look-alike
// letters read as Latin, emoji without skin tones or variation selectors), and keeps, for every
// UTF-16 unit of the folded text, the range of the original it came from: matches are found in
// the folded text and highlighted in the original.

export interface Folded {
  text: string;
  /** Source range in the original text (UTF-16 offsets) of each unit of `text`. */
  start: number[];
  end: number[];
}

const MARK_OR_FORMAT = /^[\p{M}\p{Cf}]$/u;
const SPACE = /^\s$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const COMBINING = /\p{M}/gu;
const ZWJ = 0x200d;

/** Variation selectors, skin tones and the keycap mark: they change how an emoji looks, not what it is. */
function isEmojiModifier(cp: number): boolean {
  return cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

const pictographic = new Map<number, boolean>();
export function isPictographic(cp: number): boolean {
  if (cp < 0xa9) return false;
  let known = pictographic.get(cp);
  if (known === undefined) {
    known = PICTOGRAPHIC.test(String.fromCodePoint(cp));
    pictographic.set(cp, known);
  }
  return known;
}

// Folding is per code point and the same code points recur, so each is folded once. The cache is
// bounded by the number of distinct code points ever seen.
const folded = new Map<number, string>();

/** One code point, folded: '' for marks and invisible format characters (zero-width spaces, joiners). */
function foldCodePoint(cp: number): string {
  if (cp < 0x80) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  let out = folded.get(cp);
  if (out !== undefined) return out;
  const ch = String.fromCodePoint(cp);
  if (MARK_OR_FORMAT.test(ch)) out = '';
  else if (SPACE.test(ch)) out = cp === 0x2028 || cp === 0x2029 || cp === 0x85 ? '\n' : ' ';
  else {
    // Look-alikes are read before NFKC (mathematical Greek folds to Greek) and again after it,
    // then once more after lowercasing and stripping accents (Ø → ø → o).
    const compat = mapConfusables(mapConfusables(ch).normalize('NFKC'));
    out = mapConfusables(compat.toLowerCase().normalize('NFD').replace(COMBINING, ''));
  }
  folded.set(cp, out);
  return out;
}

export function fold(original: string): Folded {
  const start: number[] = [];
  const end: number[] = [];
  let text = '';
  const push = (s: string, from: number, to: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) {
      start.push(from);
      end.push(to);
    }
  };
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (isPictographic(cp)) {
      // An emoji and what follows it in the same cluster: modifiers are dropped, ZWJ sequences
      // (🏳️‍🌈) kept whole, so that the lists name one emoji whatever its skin tone.
      let canonical = String.fromCodePoint(cp);
      let j = i + width;
      while (j < original.length) {
        const next = original.codePointAt(j) ?? 0;
        if (isEmojiModifier(next)) {
          j += next > 0xffff ? 2 : 1;
          continue;
        }
        const after = original.codePointAt(j + 1) ?? 0;
        if (next === ZWJ && isPictographic(after)) {
          canonical += `\u200d${String.fromCodePoint(after)}`;
          j += 1 + (after > 0xffff ? 2 : 1);
          continue;
        }
        break;
      }
      push(canonical, i, j);
      i = j;
      continue;
    }
    const out = foldCodePoint(cp);
    // A dropped mark belongs to the letter before it: a highlight of "é" written e + U+0301 covers both.
    if (out === '' && end.length > 0) end[end.length - 1] = i + width;
    else push(out, i, i + width);
    i += width;
  }
  return { text, start, end };
}
