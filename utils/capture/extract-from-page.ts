import { sanitizePostHtml } from '../evidence/sanitize';
import type { Rect, Viewport } from '../model';
import { adapterForPage } from '../platforms';
import type { Extraction, ExtractRequest, NoPostReason } from './extraction';
import { findTarget } from './find-target';

// Runs in the page's content-script world, injected on demand. The result is plain data that the
// background parses again: nothing here is trusted there.

function viewportOf(win: Window): Viewport {
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

/** Scrolls the post into view when part of it is hidden; a post taller than the viewport shows its top. */
async function bringIntoView(post: Element, win: Window): Promise<{ rect: Rect; clipped: boolean }> {
  let box = post.getBoundingClientRect();
  const fits = box.height <= win.innerHeight && box.width <= win.innerWidth;
  const visible =
    box.top >= 0 && box.left >= 0 && box.bottom <= win.innerHeight && box.right <= win.innerWidth;
  if (!visible) {
    post.scrollIntoView({ block: fits ? 'center' : 'start', inline: 'nearest', behavior: 'instant' });
    await nextPaint(win);
    box = post.getBoundingClientRect();
  }
  return { rect: { x: box.x, y: box.y, width: box.width, height: box.height }, clipped: !fits };
}

export async function extractFromPage(request: ExtractRequest, win: Window = window): Promise<Extraction> {
  const doc = win.document;
  const url = new URL(win.location.href);
  const adapter = adapterForPage(url, doc);
  const base = {
    pageUrl: url.href,
    pageTitle: doc.title,
    selectionText: win.getSelection()?.toString() ?? '',
    platform: adapter?.id ?? ('generic' as const),
    error: null,
  };
  const noPost = (noPostReason: NoPostReason, error: string | null = null): Extraction => ({
    ...base,
    viewport: viewportOf(win),
    post: null,
    noPostReason,
    error,
  });

  if (!adapter) return noPost('unsupported-page');
  const target = findTarget(request, doc);
  if (!target) return noPost(adapter.explainNoPost?.(doc) ?? 'no-target');
  const postElement = adapter.findPost(target);
  if (!postElement) return noPost(adapter.explainNoPost?.(doc) ?? 'no-post-at-target');
  try {
    const extracted = adapter.extract(postElement, url);
    const html = sanitizePostHtml(postElement, url.href);
    const { rect, clipped } = await bringIntoView(postElement, win);
    return {
      ...base,
      viewport: viewportOf(win),
      post: { data: { ...extracted, platform: adapter.id }, rect, html, clipped },
      noPostReason: null,
    };
  } catch (error) {
    return noPost('extract-failed', error instanceof Error ? error.message : String(error));
  }
}
