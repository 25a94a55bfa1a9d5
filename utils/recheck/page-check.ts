import { bringIntoView, viewportOf } from '../capture/page-geometry';
import { sanitizePostHtml } from '../evidence/sanitize';
import { adapterForPage } from '../platforms';
import type { PlatformAdapter } from '../platforms/types';
import { samePost } from './post-address';
import type { PageReading } from './reading';

// Runs in the page's content-script world (injected on demand into the tab a recheck opened):
// looks for the post whose address was rechecked, with the platform's own adapter. Plain data out;
// the background parses it again.

/**
 * Posts likely to be the one wanted: those holding a link to its address, or naming it in a
 * `permalink` attribute (Reddit's post elements, which hold no link to themselves), then any article.
 */
function candidates(doc: Document, wanted: string, adapter: PlatformAdapter): Element[] {
  const posts = new Set<Element>();
  for (const link of doc.querySelectorAll('a[href], [permalink]')) {
    const address = link.getAttribute('href') ?? link.getAttribute('permalink') ?? '';
    if (!samePost(absolute(address, doc), wanted)) continue;
    const post = adapter.findPost(link);
    if (post) posts.add(post);
  }
  for (const probe of doc.querySelectorAll('article, [role="article"]')) {
    const post = adapter.findPost(probe);
    if (post) posts.add(post);
  }
  return [...posts];
}

function absolute(address: string, doc: Document): string {
  try {
    return new URL(address, doc.baseURI).href;
  } catch {
    return '';
  }
}

/** The post element whose address, as the adapter reads it, is the one wanted. */
function findWanted(doc: Document, page: URL, wanted: string, adapter: PlatformAdapter): Element | null {
  for (const post of candidates(doc, wanted, adapter)) {
    try {
      const permalink = adapter.extract(post, page).permalink;
      if (permalink && samePost(permalink, wanted)) return post;
    } catch {
      // A post the adapter cannot read is not the one wanted; the others are still tried.
    }
  }
  return null;
}

export async function readPostOnPage(wanted: string, win: Window = window): Promise<PageReading> {
  const doc = win.document;
  const page = new URL(win.location.href);
  const adapter = adapterForPage(page, doc);
  const base = { pageUrl: page.href, pageTitle: doc.title, platform: adapter?.id ?? ('generic' as const) };
  const found = adapter ? findWanted(doc, page, wanted, adapter) : null;
  // A post the platform emptied (its words replaced by its marker) is the post gone.
  const removed = !!found && !!adapter?.isRemovedShell?.(found);
  const post = removed ? null : found;
  if (post) {
    const { rect, viewport } = await bringIntoView(post, win);
    const html = sanitizePostHtml(post, page.href);
    return {
      ...base,
      found: true,
      foundBy: 'adapter, post address',
      obstacle: null,
      viewport,
      postRect: rect,
      html,
    };
  }
  return {
    ...base,
    found: false,
    foundBy: null,
    obstacle: removed ? 'post-unavailable' : (adapter?.explainNoPost?.(doc) ?? null),
    viewport: viewportOf(win),
    postRect: null,
    html: doc.body ? sanitizePostHtml(doc.body, page.href) : '',
  };
}
