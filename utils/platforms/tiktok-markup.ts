import { httpUrl, queryOwn } from './dom';

// TikTok's markup as every part of its adapter reads it: its hosts, the `/@handle/video/<id>`
// pattern, the `data-e2e` hooks, and what belongs to a post rather than to free text inside it.

export const TIKTOK_HOSTS = new Set(['tiktok.com', 'www.tiktok.com', 'm.tiktok.com']);
export const HANDLE = '[A-Za-z0-9_.]{1,64}';
export const PROFILE_PATH = new RegExp(`^/@(${HANDLE})/?$`);
// Photo posts live at /photo/<id>; both forms name the same item, and the contract's form is /video/.
export const VIDEO_PATH = new RegExp(`^/@(${HANDLE})/(?:video|photo)/(\\d{1,25})(?:/|$)`);

// A video in a feed-style list (the layout of video pages since 2025, the For You feed).
export const FEED_ITEM = '[data-e2e="recommend-list-item-container"]';
export const DESC = '[data-e2e="video-desc"], [data-e2e="browse-video-desc"]';
export const PLAYER = '[data-e2e="feed-video"], [data-e2e="browse-video"]';
export const AUTHOR_LINK = '[data-e2e="video-author-avatar"], [data-e2e="browse-user-avatar"]';
export const AUTHOR_TEXT = '[data-e2e="browse-username"], [data-e2e="video-author-uniqueid"]';
export const POST_HOOK = `${DESC}, ${PLAYER}, ${AUTHOR_LINK}, ${AUTHOR_TEXT}`;
export const COMMENT_TEXT = '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]';

/** The path of a TikTok address, whatever its host; null for any other site. */
export function tiktokPath(href: string | null, page: URL): string {
  const url = httpUrl(href, page);
  return url && TIKTOK_HOSTS.has(url.hostname) ? url.pathname : '';
}

export const profileOf = (href: string | null, page: URL) =>
  PROFILE_PATH.exec(tiktokPath(href, page))?.[1] ?? null;

// Free text (a description, a comment) may hold @mentions and links: never an author or a permalink.
export function isBoundary(el: Element): boolean {
  return el.matches(DESC) || el.matches(COMMENT_TEXT) || el.matches(FEED_ITEM);
}

export const own = (root: Element, selector: string) => queryOwn(root, selector, isBoundary);

export const FREE_TEXT = `${DESC}, ${COMMENT_TEXT}`;

/** `el` and its descendants matching `selector`, leaving out those inside free text (forged markup). */
export function hooks(el: Element, selector: string): Element[] {
  return [el, ...el.querySelectorAll(selector)].filter(
    (hook) => hook.matches(selector) && !hook.parentElement?.closest(FREE_TEXT),
  );
}
