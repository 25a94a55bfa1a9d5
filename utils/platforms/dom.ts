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
 */
export function readableText(root: Element): string {
  return readableTextExcept(root, () => false);
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

/** Whether `url` is an http(s) address: pages and media at blob:, data:, file:, javascript: are not. */
export function isWebUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** Like `absoluteUrl`, but only http(s) addresses count: blob:, data:, javascript: give null. */
export function httpUrl(value: string | null | undefined, base: URL | string): URL | null {
  const url = absoluteUrl(value, base);
  return url && isWebUrl(url) ? url : null;
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

/** The outermost `selector` around `el` (or `el` itself): one forged inside another's text does not count. */
export function outermost(el: Element, selector: string): Element | null {
  let found = el.closest(selector);
  for (let up = found; up; up = up.parentElement?.closest(selector) ?? null) found = up;
  return found;
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING: `b` follows `a`.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/**
 * `readableText` of `root` leaving out every element below it for which `skip` holds (and all it
 * holds): a comment's text without its author line, time link and buttons, where the platform
 * gives the text itself no element of its own. `root` itself is never skipped. Walks iteratively,
 * so deep markup cannot overflow the stack.
 */
export function readableTextExcept(root: Element, skip: (el: Element) => boolean): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || (node !== root && skip(node as Element))) continue;
    const name = (node as Element).localName;
    if (name === 'img') parts.push(emojiAlt((node as Element).getAttribute('alt')));
    else if (name === 'br') parts.push(' ');
    else if (!NON_TEXT_ELEMENTS.has(name)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapseWhitespace(parts.join(''));
}

const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The parent element of `el`, stepping out of a shadow root to its host. The target recorder
 * reads the right-click's composed path, so the element it hands over may lie inside a custom
 * element's shadow DOM (Reddit's `shreddit-post` draws parts of a post there).
 */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  if (root?.nodeType !== DOCUMENT_FRAGMENT_NODE) return null;
  return (root as ShadowRoot).host ?? null;
}

const BLOCKS = 'p, li, blockquote, pre, h1, h2, h3, h4, h5, h6';

/**
 * Like `readableText`, for rich text made of paragraphs: sites often write them back to back
 * (`</p><p>`, Mastodon, Reddit), which a reader sees apart. A space goes after each paragraph, list
 * item or quote, on a copy: the page is never touched.
 */
export function readableParagraphs(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const block of copy.querySelectorAll(BLOCKS)) block.after(' ');
  return readableText(copy);
}

/**
 * The first object for which `test` holds in the JSON of the page's `scripts` (a selector, e.g.
 * `script[type="application/json"]`), looking only in scripts whose text mentions `needle` (a post
 * id). Platforms embed each post's data there (Facebook's creation_time); a script that is not
 * JSON is skipped, and the data is walked without recursion.
 */
export function findInPageJson(
  doc: Document,
  scripts: string,
  needle: string,
  test: (obj: Record<string, unknown>) => boolean,
): Record<string, unknown> | null {
  for (const script of doc.querySelectorAll(scripts)) {
    const text = script.textContent ?? '';
    if (!needle || !text.includes(needle)) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (!node || typeof node !== 'object') continue;
      const obj = node as Record<string, unknown>;
      if (!Array.isArray(obj) && test(obj)) return obj;
      for (const value of Object.values(obj)) stack.push(value);
    }
  }
  return null;
}

/**
 * What the authors of `images` wrote to describe them (their alt text), for a post whose only words
 * are there. A one-word alt is the platform's placeholder ("Image"), not a description.
 */
export function imageDescriptions(images: Element[]): string {
  return images
    .map((img) => collapseWhitespace(img.getAttribute('alt') ?? ''))
    .filter((alt) => alt.split(' ').length > 1)
    .join(' ');
}
