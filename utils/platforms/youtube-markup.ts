import { queryOwn } from './dom';

// YouTube's markup as the adapter reads it: its Polymer elements keep their tag names (`ytd-…`)
// and element ids (`#author-text`, `#content-text`) across redesigns; only those are read.

export const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';
export const COMMUNITY_POST = 'ytd-backstage-post-renderer, ytd-post-renderer';
export const VIDEO = 'ytd-watch-metadata';
// A video in a grid, a search result list or the watch page's side list.
export const VIDEO_TILE =
  'ytd-rich-item-renderer, ytd-grid-video-renderer, ytd-video-renderer, ytd-compact-video-renderer';
export const TARGETS = `${COMMENT}, ${COMMUNITY_POST}, ${VIDEO}, ${VIDEO_TILE}`;
// Other people's things inside a target: a shared post, an attached video, a reply thread.
export const NESTED = `${TARGETS}, ytd-comment-replies-renderer, ytd-shared-post-renderer, ytd-video-renderer, ytd-playlist-renderer`;
// What the author wrote: links there are just words.
// YouTube marks what users typed with `user-input`: the second way when an id is renamed.
export const USER_TEXT = '#content-text, [user-input], ytd-text-inline-expander, #description, #title';
export const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);
// A video's or community post's id.
export const ID = /^[A-Za-z0-9_-]{6,64}$/;

export const isNested = (el: Element) => el.matches(NESTED);
export const isBoundary = (el: Element) => isNested(el) || el.matches(USER_TEXT);
export const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);
