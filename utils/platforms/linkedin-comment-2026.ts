import { queryOwn, readableText, readableTextExcept } from './dom';
import { foundByRecorder } from './found';
import { COMMENT_URN, commentPermalink, profileSlugOf } from './linkedin-urls';
import type { ExtractedPost } from './types';

// Comments under a post of LinkedIn's 2026 feed (see linkedin-feed-2026.ts): like the post, a
// block of generated class names keyed by `componentkey`, here `replaceableComment_<comment URN>`
// (the post's own comment box is keyed `…replaceableCommentTools…`). A reply is such a block inside
// another. The author is the profile link before the text; the text is the comment's own
// `expandable-text-box`; the date is relative text only ("3h"), so it stays null.

export const COMMENT_2026 = '[componentkey*="urn:li:comment:"]';
const TEXT = '[data-testid="expandable-text-box"]';
const KEY_URN = /urn:li:comment:\([^()]*\)/;

const isBoundary = (el: Element) => el.matches(COMMENT_2026) || el.matches(TEXT);
const own = (comment: Element, selector: string) => queryOwn(comment, selector, isBoundary);

/** The comment's URN, from its `componentkey`. */
function urnOf(comment: Element): RegExpExecArray | null {
  const key = KEY_URN.exec(comment.getAttribute('componentkey') ?? '')?.[0];
  return COMMENT_URN.exec(key ?? '');
}

/** The innermost comment around `element` inside `post` (a reply before the comment it answers). */
export function comment2026Around(element: Element, post: Element | null): Element | null {
  for (let el: Element | null = element; el && el !== post; el = el.parentElement) {
    if (el.matches(COMMENT_2026) && urnOf(el)) return el;
  }
  return null;
}

export function extractComment2026(comment: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const parent = comment.parentElement?.closest(COMMENT_2026) ?? null;
  const textEl = own(comment, TEXT)[0] ?? null;
  // Links inside the text (mentions) are not the author's: the text box is a boundary of `own`.
  const authorLinks = own(comment, 'a[href]').filter((a) => profileSlugOf(a.getAttribute('href'), page));
  const slug = authorLinks[0] ? profileSlugOf(authorLinks[0].getAttribute('href'), page) : null;
  const handle = note(
    'author.handle',
    slug ? { value: slug, by: 'first profile link of the comment' } : null,
  );
  const nameEl = authorLinks.map((a) => a.querySelector('p')).find((p) => p && readableText(p));
  const name = note(
    'author.name',
    nameEl ? { value: readableText(nameEl), by: 'first paragraph of an author link' } : null,
  );
  const self = urnOf(comment);
  const top = parent ? urnOf(parent) : null;
  const permalink = note(
    'permalink',
    self && (!parent || top)
      ? { value: commentPermalink(self, top), by: 'comment URN of componentkey' }
      : null,
  );
  // The "… more" button sits inside the text box; the whole text is already there behind it.
  const text = textEl ? readableTextExcept(textEl, (el) => el.matches('button')) : '';
  if (textEl) foundBy.text = 'expandable-text-box';
  foundBy.kind = parent ? 'comment block inside a comment' : 'comment block';
  return {
    kind: parent ? 'reply' : 'comment',
    permalink,
    author: { handle, name },
    publishedAt: null,
    text,
    media: [],
    foundBy,
  };
}
