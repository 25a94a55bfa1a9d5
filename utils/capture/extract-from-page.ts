import { collapsedTextOf, expandCollapsedText } from '../collapsed-text/expand';
import { sanitizePostHtml } from '../evidence/sanitize';
import { adapterForPage } from '../platforms';
import type { PlatformAdapter } from '../platforms/types';
import type { Extraction, ExtractRequest, NoPostReason, ScrollRequest } from './extraction';
import { findTarget, shortcutTargets } from './find-target';
import {
  bringIntoView,
  mainTextSize,
  type PostPlacement,
  scrollPostTo,
  viewportHeightReached,
  viewportOf,
} from './page-geometry';

// Runs in the page's content-script world, injected on demand. The result is plain data that the
// background parses again: nothing here is trusted there.

// The post of the last extraction, for the scrolling a tall post's capture asks for next.
let reportedPost: WeakRef<Element> | null = null;

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
  const found = postToReport(request, adapter, doc);
  if (typeof found === 'string') return noPost(adapter.explainNoPost?.(doc) ?? found);
  try {
    const postOf = (el: Element) => adapter.findPost(el);
    const { post: postElement, collapsedText } = request.expandCollapsed
      ? await expandCollapsedText(
          found,
          postOf,
          () => postAgain(request, adapter, doc),
          adapter.showMoreOpensPost === true,
          win,
        )
      : { post: found, collapsedText: collapsedTextOf(found, postOf) };
    if (!postElement) return noPost('no-post-at-target');
    const extracted = adapter.extract(postElement, url);
    const html = sanitizePostHtml(postElement, url.href);
    const { rect, viewport, topInset, clipped } = await bringIntoView(postElement, win);
    const textPx = clipped ? mainTextSize(postElement, win) : null;
    reportedPost = new WeakRef(postElement);
    return {
      ...base,
      viewport,
      post: {
        data: { ...extracted, platform: extracted.platform ?? adapter.id },
        rect,
        topInset,
        html,
        clipped,
        ...(textPx ? { textPx } : {}),
        collapsedText,
      },
      noPostReason: null,
    };
  } catch (error) {
    return noPost('extract-failed', error instanceof Error ? error.message : String(error));
  }
}

/** The post the person means: around the right-clicked element, or the shortcut's first with a post. */
function postToReport(
  request: ExtractRequest,
  adapter: PlatformAdapter,
  doc: Document,
): Element | NoPostReason {
  if (request.via === 'shortcut') {
    for (const target of shortcutTargets(doc)) {
      const post = adapter.findPost(target);
      if (post) return post;
    }
    return 'no-post-at-focus';
  }
  const target = findTarget(request, doc);
  if (!target) return 'no-target';
  return adapter.findPost(target) ?? 'no-post-at-target';
}

/** The post again after the platform drew it anew (an expanded text), or null when it is gone. */
function postAgain(request: ExtractRequest, adapter: PlatformAdapter, doc: Document): Element | null {
  const post = postToReport(request, adapter, doc);
  return typeof post === 'string' ? null : post;
}

/**
 * Scrolls the last extracted post so that its row `offset` shows at the top of the view; after a
 * zoom change, once the view has its new height (the page learns it a moment after the browser).
 */
export async function scrollReportedPost(
  { offset, viewportHeight }: ScrollRequest,
  win: Window = window,
): Promise<PostPlacement | { problem: 'post-gone' }> {
  const post = reportedPost?.deref();
  // Removed by the platform, or drawn anew, since it was extracted: the background says so.
  if (!post?.isConnected) return { problem: 'post-gone' };
  if (viewportHeight !== undefined) await viewportHeightReached(win, viewportHeight);
  return scrollPostTo(post, offset, win);
}
