import type { Rect, Viewport } from '../model';

// Where the reported post is on screen, and moving it there. Runs in the page.

export function viewportOf(win: Window): Viewport {
  return {
    width: win.innerWidth,
    height: win.innerHeight,
    devicePixelRatio: win.devicePixelRatio,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
  };
}

/** Resolves after the next paint, or after 150 ms in a tab that does not paint (hidden). */
function nextPaint(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, 150);
    win.requestAnimationFrame(() =>
      win.requestAnimationFrame(() => {
        win.clearTimeout(timer);
        resolve();
      }),
    );
  });
}

// A zoom change reaches the page as a resize; past this, the page is placed as it is.
const RESIZE_TIMEOUT_MS = 400;

/**
 * Resolves once the view is `height` CSS px tall (2 px either way), which a zoom change brings with
 * a resize event, or after a while when none comes (the caller then measures what there is).
 */
export function viewportHeightReached(win: Window, height: number): Promise<void> {
  const reached = () => Math.abs(win.innerHeight - height) <= 2;
  if (reached()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      win.removeEventListener('resize', onResize);
      resolve();
    };
    const onResize = () => {
      if (reached()) done();
    };
    const timer = win.setTimeout(done, RESIZE_TIMEOUT_MS);
    win.addEventListener('resize', onResize);
  });
}

/**
 * How much of the viewport's top is covered by fixed or sticky bars (X's and most sites' headers):
 * a post scrolled under them would be hidden in the screenshot.
 */
export function topInset(win: Window): number {
  let inset = 0;
  const x = win.innerWidth / 2;
  for (const probeX of [x / 2, x, x * 1.5]) {
    for (const element of win.document.elementsFromPoint(probeX, 1)) {
      const position = win.getComputedStyle(element).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const bottom = element.getBoundingClientRect().bottom;
      // A bar, not a full-screen layer.
      if (bottom < win.innerHeight / 3) inset = Math.max(inset, bottom);
    }
  }
  return inset;
}

// Enough text nodes to know a post's usual size; a post with more has long since said it.
const MAX_TEXT_NODES = 2000;

/** Whether an element is drawn (not under a `hidden` one, where `checkVisibility` is missing or partial). */
const isShown = (element: Element) =>
  element.closest('[hidden]') === null && element.checkVisibility?.() !== false;

/**
 * The font size (CSS px) most of the post's visible text is drawn at, by characters: what decides
 * whether a capture at a lower zoom stays legible. The post's own font size when it has no text;
 * null when the page gives none.
 */
export function mainTextSize(post: Element, win: Window): number | null {
  const sizeOf = (element: Element) => Number.parseFloat(win.getComputedStyle(element).fontSize);
  const characters = new Map<number, number>();
  const walker = win.document.createTreeWalker(post, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES; n++, node = walker.nextNode()) {
    const length = node.textContent?.trim().length ?? 0;
    const parent = node.parentElement;
    if (!length || !parent || !isShown(parent)) continue;
    const size = sizeOf(parent);
    if (size > 0) characters.set(size, (characters.get(size) ?? 0) + length);
  }
  let main = sizeOf(post);
  let most = 0;
  for (const [size, count] of characters) if (count > most) [main, most] = [size, count];
  return main > 0 ? main : null;
}

const rectOf = (element: Element): Rect => {
  const box = element.getBoundingClientRect();
  return { x: box.x, y: box.y, width: box.width, height: box.height };
};

export interface PostPlacement {
  rect: Rect;
  viewport: Viewport;
  /** Viewport rows (CSS px) at the top hidden by fixed bars. */
  topInset: number;
}

/** Scrolls the post into full view when it is not; a post taller than the view shows its top. */
export async function bringIntoView(
  post: Element,
  win: Window,
): Promise<PostPlacement & { clipped: boolean }> {
  const inset = topInset(win);
  const box = post.getBoundingClientRect();
  const fits = box.height <= win.innerHeight - inset && box.width <= win.innerWidth;
  const visible =
    box.top >= inset && box.left >= 0 && box.bottom <= win.innerHeight && box.right <= win.innerWidth;
  if (!visible) {
    if (fits) post.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    else return { ...(await scrollPostTo(post, 0, win)), clipped: true };
    await nextPaint(win);
  }
  return { rect: rectOf(post), viewport: viewportOf(win), topInset: topInset(win), clipped: !fits };
}

/** Scrolls so that the post's row `offset` (CSS px from its top) sits just below the fixed bars. */
export async function scrollPostTo(post: Element, offset: number, win: Window): Promise<PostPlacement> {
  const inset = topInset(win);
  const top = post.getBoundingClientRect().top + win.scrollY;
  win.scrollTo({ top: top + offset - inset, behavior: 'instant' });
  await nextPaint(win);
  return { rect: rectOf(post), viewport: viewportOf(win), topInset: topInset(win) };
}
