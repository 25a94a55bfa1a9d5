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
