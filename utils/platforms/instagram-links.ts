import { httpUrl } from './dom';

// Instagram's hosts and the URL patterns of its links: a post is /p/<code>/ (also /reel/, /tv/,
// /<user>/p/), a comment /p/<code>/c/<id>/ (a reply adds /r/<id>/), a profile /<user>/.

export const IG_HOST = /^(?:www\.)?instagram\.com$/;
export const POST_PATH =
  /^\/(?:[\w.]{1,30}\/)?(?:p|reels?|tv)\/([\w-]{5,})(?:\/c\/(\d+)(?:\/r\/(\d+))?)?(?:\/|$)/;
// First path segments that are Instagram's own sections, not accounts.
export const NOT_PROFILES = new Set(
  'p reel reels tv explore accounts direct stories about legal developer web directory emails'.split(' '),
);
export interface IgLink {
  code: string;
  /** The comment's id (a reply's own id), or null for the post. */
  comment: string | null;
  isReply: boolean;
}

export function linkOf(href: string | null, page: URL): IgLink | null {
  const url = httpUrl(href, page);
  const match = url && IG_HOST.test(url.hostname) ? POST_PATH.exec(url.pathname) : null;
  if (!match?.[1]) return null;
  return { code: match[1], comment: match[3] ?? match[2] ?? null, isReply: match[3] !== undefined };
}

export function profileOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  const name = url && IG_HOST.test(url.hostname) ? /^\/([\w.]{1,30})\/?$/.exec(url.pathname)?.[1] : null;
  return name && !NOT_PROFILES.has(name.toLowerCase()) ? name : null;
}
