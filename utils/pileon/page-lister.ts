import { type PostPlacement, scrollPostTo, viewportOf } from '../capture/page-geometry';
import { sanitizePostHtml } from '../evidence/sanitize';
import type { PostData } from '../model';
import { adapterForPage } from '../platforms';
import { replySourceFor } from './replies';

// Runs in the page's content-script world (injected on demand): lists the post attacked and its
// replies, remembers every reply seen (a virtualised list unmounts those scrolled far away), and
// places replies on screen for the capture. Plain data out; the background parses it again.

export interface ListedPost {
  key: string;
  data: PostData;
  /** Still in the page at the last look (false: deleted, or unmounted far from the view). */
  present: boolean;
}

export interface Listing {
  pageUrl: string;
  pageTitle: string;
  supported: boolean;
  target: ListedPost | null;
  replies: ListedPost[];
}

export interface ShownReply {
  key: string;
  data: PostData;
  rect: PostPlacement['rect'];
  html: string;
  /** Taller or wider than the view: only its visible part shows. */
  clipped: boolean;
}

export interface Shown extends PostPlacement {
  shown: ShownReply[];
  /** Keys asked for that the page no longer has (deleted, or not found where it was). */
  missing: string[];
}

interface Seen {
  element: WeakRef<Element>;
  data: PostData;
  /** Its top in the document when last seen, to scroll back to it once unmounted. */
  top: number;
}

export function createLister(win: Window = window) {
  const seen = new Map<string, Seen>();
  const keys = new WeakMap<Element, string>();
  let targetKey: string | null = null;
  let anonymous = 0;

  const keyOf = (element: Element, data: PostData) => {
    const known = keys.get(element);
    if (known) return known;
    const key = data.permalink ?? `unlinked-${++anonymous}`;
    keys.set(element, key);
    return key;
  };

  /** Every post on the page now, in document order, read by the platform's adapter. */
  function scan(): string[] {
    const url = new URL(win.location.href);
    const adapter = adapterForPage(url, win.document);
    const source = adapter && replySourceFor(adapter.id);
    if (!adapter || !source) return [];
    const posts = new Set<Element>();
    for (const probe of win.document.querySelectorAll(source.probes)) {
      const post = adapter.findPost(probe);
      if (post) posts.add(post);
    }
    const found: string[] = [];
    for (const post of posts) {
      const read = { ...adapter.extract(post, url), platform: adapter.id };
      const data = source.complete?.(post, read, url) ?? read;
      const key = keyOf(post, data);
      if (found.includes(key)) continue;
      found.push(key);
      const top = post.getBoundingClientRect().top + win.scrollY;
      seen.set(key, { element: new WeakRef(post), data, top });
      if (targetKey === null && data.kind === 'post') targetKey = key;
    }
    targetKey ??= found[0] ?? null;
    return found;
  }

  const isPresent = (key: string) => seen.get(key)?.element.deref()?.isConnected ?? false;
  const listed = (key: string): ListedPost | null => {
    const entry = seen.get(key);
    return entry ? { key, data: entry.data, present: isPresent(key) } : null;
  };

  function list(): Listing {
    scan();
    const url = new URL(win.location.href);
    const adapter = adapterForPage(url, win.document);
    const replies = [...seen.keys()].filter((k) => k !== targetKey).map(listed);
    return {
      pageUrl: url.href,
      pageTitle: win.document.title,
      supported: Boolean(adapter && replySourceFor(adapter.id)),
      target: targetKey ? listed(targetKey) : null,
      replies: replies.filter((r): r is ListedPost => r !== null),
    };
  }

  /** The reply's element, found again after the page re-rendered it (or scrolled back to it). */
  async function elementOf(key: string): Promise<Element | null> {
    if (!isPresent(key)) scan();
    const entry = seen.get(key);
    if (!entry) return null;
    if (!isPresent(key)) {
      await scrollPostTo(win.document.documentElement, entry.top, win);
      scan();
    }
    return isPresent(key) ? (seen.get(key)?.element.deref() ?? null) : null;
  }

  function visible(element: Element, placement: PostPlacement): boolean {
    const box = element.getBoundingClientRect();
    const { width, height } = placement.viewport;
    // Layout boxes sit on fractional pixels: half a pixel over an edge still shows whole.
    const slack = 0.5;
    return (
      box.top >= placement.topInset - slack &&
      box.bottom <= height + slack &&
      box.left >= -slack &&
      box.right <= width + slack
    );
  }

  /**
   * Scrolls `first` to the top of the view, below the site's fixed bars, and says which of `wanted`
   * show whole in the view now (one screenshot then serves them all), `first` always included.
   */
  async function show(first: string, wanted: readonly string[]): Promise<Shown> {
    const element = await elementOf(first);
    if (!element) return { ...placementNow(), shown: [], missing: [first] };
    const placement = await scrollPostTo(element, 0, win);
    const pageUrl = win.location.href;
    const shown: ShownReply[] = [];
    for (const key of wanted) {
      const el = seen.get(key)?.element.deref();
      const data = seen.get(key)?.data;
      if (!el?.isConnected || !data || (key !== first && !visible(el, placement))) continue;
      const box = el.getBoundingClientRect();
      const rect = { x: box.x, y: box.y, width: box.width, height: box.height };
      shown.push({ key, data, rect, html: sanitizePostHtml(el, pageUrl), clipped: !visible(el, placement) });
    }
    return { ...placement, shown, missing: [] };
  }

  const placementNow = (): PostPlacement => ({
    rect: { x: 0, y: 0, width: 0, height: 0 },
    viewport: viewportOf(win),
    topInset: 0,
  });

  return { list, show };
}
