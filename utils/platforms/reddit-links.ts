import { httpUrl } from './dom';

// Reddit's hosts and the addresses of its posts and comments, in every front-end's form.

export const THING_PATH =
  /^\/(r|u|user)\/([A-Za-z0-9_-]{2,21})\/comments\/([a-z0-9]{1,12})(?:\/([^/]*))?(?:\/([^/]*))?/;
export function isRedditHost(host: string): boolean {
  return host === 'reddit.com' || host.endsWith('.reddit.com');
}

export interface Thing {
  prefix: string;
  name: string;
  post: string;
  slug: string | null;
  comment: string | null;
}

/** The post or comment a Reddit link points to; both `/comment/<id>/` and old `/<slug>/<id>/` forms. */
export function thingOf(href: string | null | undefined, page: URL): Thing | null {
  const url = httpUrl(href, page);
  const m = url && isRedditHost(url.hostname) ? THING_PATH.exec(url.pathname) : null;
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const [a, b] = [m[4] || null, m[5] || null];
  const comment = a === 'comment' ? b : b && /^[a-z0-9]{1,12}$/.test(b) ? b : null;
  const prefix = m[1] === 'r' ? 'r' : 'user';
  return { prefix, name: m[2], post: m[3], slug: a === 'comment' ? null : a, comment };
}

/** One canonical form, whatever the front-end: www host, no query, `/comment/<id>/` for comments. */
export function canonical(thing: Thing, asComment: boolean): string | null {
  const base = `https://www.reddit.com/${thing.prefix}/${thing.name}/comments/${thing.post}/`;
  if (asComment) return thing.comment ? `${base}comment/${thing.comment}/` : null;
  return thing.slug ? `${base}${thing.slug}/` : base;
}
