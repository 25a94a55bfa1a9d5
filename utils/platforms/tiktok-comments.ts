import { httpUrl, readableText } from './dom';
import { COMMENT_TEXT, DESC, hooks, own, POST_HOOK, profileOf } from './tiktok-markup';
import type { ExtractedPost } from './types';

// Comments and replies under a TikTok video: no stable hook of their own, only their parts'.

export function isComment(el: Element): boolean {
  return (
    el.matches(COMMENT_TEXT) || (hooks(el, COMMENT_TEXT).length === 1 && hooks(el, POST_HOOK).length === 0)
  );
}

/**
 * The comment holding `element`: the largest ancestor holding exactly one comment text and no
 * hook of the video itself (TikTok gives comment containers no stable hook, only their parts).
 */
export function commentOf(element: Element): Element | null {
  if (element.closest(DESC)) return null;
  let found: Element | null = null;
  for (let el: Element | null = element; el && el.localName !== 'body'; el = el.parentElement) {
    const texts = hooks(el, COMMENT_TEXT).length;
    if (texts > 1 || hooks(el, POST_HOOK).length > 0) break;
    if (texts === 1) found = el;
  }
  return found;
}

export function extractComment(comment: Element, page: URL): ExtractedPost {
  const foundBy: Record<string, string> = {};
  const textEl = comment.matches(COMMENT_TEXT) ? comment : comment.querySelector(COMMENT_TEXT);
  // The level: 1 for a comment, 2 for a reply.
  const level = textEl?.getAttribute('data-e2e')?.slice(-1) ?? '1';
  const avatar = `[data-e2e="comment-avatar-${level}"]`;
  // The avatar link or the link around the name, never a link in the text.
  const handle =
    own(comment, 'a[href]')
      .filter((a) => a.matches(avatar) || a.querySelector(`[data-e2e="comment-username-${level}"]`))
      .map((a) => profileOf(a.getAttribute('href'), page))
      .find((found) => found !== null) ?? null;
  if (handle) foundBy['author.handle'] = `comment-avatar-${level} or comment-username-${level} link`;
  const nameEl = own(comment, `[data-e2e="comment-username-${level}"]`)[0];
  const name = nameEl ? readableText(nameEl) || null : null;
  if (name) foundBy['author.name'] = `comment-username-${level}`;
  const text = textEl ? readableText(textEl) : '';
  if (textEl) foundBy.text = `comment-level-${level}`;
  const media = own(comment, 'img[data-e2e="comment-thumbnail"]').flatMap((img) => {
    const url = httpUrl(img.getAttribute('src'), page);
    return url ? [{ type: 'image' as const, url: url.href }] : [];
  });
  foundBy.kind = `comment-level-${level}`;
  // TikTok comments have no address of their own and show only relative dates.
  return {
    kind: level === '2' ? 'reply' : 'comment',
    permalink: null,
    author: { handle, name },
    publishedAt: null,
    text,
    media,
    foundBy,
  };
}
