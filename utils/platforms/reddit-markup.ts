import { queryOwn } from './dom';

// Reddit's markup in its three layouts, shared by the adapter and its media reader: what a post or
// comment element is, what its author wrote, and its own descendants (not those of posts inside it).

export const OLD_THING = 'div.thing[data-fullname]';
export const REDESIGN_POST = '[data-testid="post-container"]';
export const REDESIGN_COMMENT_ID = /^t1_[a-z0-9]+$/;
// What the author wrote: inside it, anything looking like a post, author line or permalink is text.
export const USER_TEXT =
  '[slot="text-body"], [slot="comment"], .usertext-body, [data-testid="comment"], [data-click-id="text"], .RichTextJSON-root';
// Whatever users wrote on a page (posts, comments, a community's sidebar): never Reddit's notice.
export const USER_CONTENT = `shreddit-post, shreddit-comment, ${OLD_THING}, ${REDESIGN_POST}, ${USER_TEXT}, .md`;

export function isPost(el: Element): boolean {
  if (el.localName === 'shreddit-post' || el.localName === 'shreddit-comment') return true;
  if (el.matches(OLD_THING)) return /^t[13]_/.test(el.getAttribute('data-fullname') ?? '');
  return el.matches(REDESIGN_POST) || (el.localName === 'div' && REDESIGN_COMMENT_ID.test(el.id));
}

export function isBoundary(el: Element): boolean {
  return isPost(el) || el.matches(USER_TEXT);
}

export const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);
export const ownMedia = (post: Element, selector: string) => queryOwn(post, selector, isPost);
