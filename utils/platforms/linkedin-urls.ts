import { httpUrl } from './dom';

// LinkedIn's address patterns, shared by both of its markups (linkedin.ts, linkedin-feed-2026.ts).

export const POST_URN = /^urn:li:(activity|ugcPost|share):(\d{1,25})$/;
// Company links may go on to a tab (/company/<slug>/posts/).
const PROFILE_PATH = /^\/(in|company|school|showcase)\/([^/?#]{1,200})(?:\/[^?#]*)?$/;
const UPDATE_PATH = /^\/feed\/update\/(urn:li:(?:activity|ugcPost|share):\d{1,25})\/?$/;

export interface PostUrn {
  type: string;
  id: string;
}

const isLinkedinHost = (host: string) => host === 'linkedin.com' || host.endsWith('.linkedin.com');

/** The public name of a member or page: the slug of its /in/ or /company/ address, on any LinkedIn host. */
export function profileSlugOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  if (!url || !isLinkedinHost(url.hostname)) return null;
  const slug = PROFILE_PATH.exec(url.pathname)?.[2];
  try {
    return slug ? decodeURIComponent(slug) : null;
  } catch {
    return null;
  }
}

/** The post URN of a `/feed/update/<urn>/` address (a post's own page, or a link to it), or null. */
export function updateUrnOf(href: string | null, page: URL): PostUrn | null {
  const url = httpUrl(href, page);
  const urn = url && isLinkedinHost(url.hostname) ? UPDATE_PATH.exec(url.pathname)?.[1] : undefined;
  const match = POST_URN.exec(urn ?? '');
  return match?.[1] && match[2] ? { type: match[1], id: match[2] } : null;
}

/** The canonical permalink of a post URN. */
export const updatePermalink = (urn: PostUrn) =>
  `https://www.linkedin.com/feed/update/urn:li:${urn.type}:${urn.id}/`;

/** Pictures of a post are served as feedshare-…; avatars, logos and link previews are not. */
export function feedshareUrl(img: Element, page: URL): URL | null {
  const url = httpUrl(img.getAttribute('src'), page) ?? httpUrl(img.getAttribute('data-delayed-url'), page);
  return url?.pathname.includes('/feedshare-') ? url : null;
}

/** A comment's URN (`urn:li:comment:(activity:<post id>,<comment id>)`): post type, post id, comment id. */
export const COMMENT_URN = /^urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d{1,25}),(\d{1,25})\)$/;

/**
 * LinkedIn's own link to a comment ("Copy link to comment"): the post's address with the comment's
 * URN (`self`, a `COMMENT_URN` match), and for a reply the URN of the comment it answers (`top`)
 * then its own.
 */
export function commentPermalink(self: RegExpExecArray, top: RegExpExecArray | null): string {
  const first = top ?? self;
  const thread = `urn:li:${first[1]}:${first[2]}`;
  const encode = (value: string) => encodeURIComponent(value).replace(/\(/g, '%28').replace(/\)/g, '%29');
  const urn = (m: RegExpExecArray) => encode(`urn:li:comment:(${m[1]}:${m[2]},${m[3]})`);
  const dash = (m: RegExpExecArray) => encode(`urn:li:fsd_comment:(${m[3]},${thread})`);
  const query = top
    ? `commentUrn=${urn(top)}&replyUrn=${urn(self)}&dashCommentUrn=${dash(top)}&dashReplyUrn=${dash(self)}`
    : `commentUrn=${urn(self)}&dashCommentUrn=${dash(self)}`;
  return `https://www.linkedin.com/feed/update/${thread}?${query}`;
}
