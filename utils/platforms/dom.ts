// Small DOM helpers shared by the platform adapters. They run in the page's content script, so they
// stay dependency-free, never throw on odd markup and never rely on `instanceof` (tests hand them
// elements from another window).

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Their content is code or inert markup, never text a reader sees.
const NON_TEXT_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);

// An image that stands for characters: one or a few emoji (a flag, a skin tone, a ZWJ sequence).
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|\p{Emoji_Modifier}|\u200d|\ufe0f)+$/u;
const MAX_EMOJI_ALT_LENGTH = 16;

function emojiAlt(alt: string | null): string {
  const text = alt?.trim() ?? '';
  return text.length <= MAX_EMOJI_ALT_LENGTH &&
    EMOJI_ONLY.test(text) &&
    /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text)
    ? text
    : '';
}

/**
 * The text of `root` as a reader sees it, white space collapsed: text nodes in document order, an
 * emoji image counts as its alt text (X and others draw emoji as `<img alt="😀">`; a picture's
 * description is not the post's text), `<br>` as a space.
 * This follows textContent rather than layout: X's react-native-web markup uses `div`s for inline
 * runs (a mention inside a sentence), so treating block elements as line breaks would split words.
 * Walks iteratively, so deep markup cannot overflow the stack.
 */
export function readableText(root: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = (node as Element).localName;
    if (name === 'img') parts.push(emojiAlt((node as Element).getAttribute('alt')));
    else if (name === 'br') parts.push(' ');
    else if (!NON_TEXT_ELEMENTS.has(name)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapseWhitespace(parts.join(''));
}

/** `value` (an attribute's text) resolved against `base`, or null when it is missing or malformed. */
export function absoluteUrl(value: string | null | undefined, base: URL | string): URL | null {
  if (value == null || value.trim() === '') return null;
  try {
    return new URL(value.trim(), base);
  } catch {
    return null;
  }
}

/** Like `absoluteUrl`, but only http(s) addresses count: blob:, data:, javascript: give null. */
export function httpUrl(value: string | null | undefined, base: URL | string): URL | null {
  const url = absoluteUrl(value, base);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url : null;
}

// A date and a time with an explicit zone. A zone-less value would be read in the capturing
// computer's zone, which is not what the page meant, so it is refused (the field stays null).
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A machine-readable date-time (e.g. `time[datetime]`) as ISO 8601 UTC with milliseconds, or null. */
export function isoDateTime(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (!ZONED_DATE_TIME.test(text)) return null;
  // Date parsing wants "T" and "+hh:mm"; HTML also allows a space and "+hhmm".
  const normalized = text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(normalized);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Elements under `root` matching `selector` that belong to `root` itself: those with no element
 * between them and `root` for which `isBoundary` holds. Posts nest other posts (a quoted post, a
 * reply thread) and user text; a boundary keeps their authors, times and links out of the result.
 */
export function queryOwn(root: Element, selector: string, isBoundary: (el: Element) => boolean): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => {
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
      if (isBoundary(up)) return false;
    }
    return true;
  });
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING: `b` follows `a`.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}
