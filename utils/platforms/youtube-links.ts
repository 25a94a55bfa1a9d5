import { httpUrl, readableText } from './dom';
import { HOSTS, ID } from './youtube-markup';

// YouTube's addresses: videos (watch, shorts, youtu.be), community posts, comments (`lc=`), and
// channel handles (`/@handle`).

const COMMENT_ID = /^[A-Za-z0-9_.-]{6,120}$/;

export interface Address {
  video: string | null;
  post: string | null;
  comment: string | null;
}

/** What a YouTube link points to: a video (watch, shorts, youtu.be), a community post, a comment. */
export function addressOf(href: string | null | undefined, page: URL): Address | null {
  const url = httpUrl(href, page);
  if (!url || !(HOSTS.has(url.hostname) || url.hostname === 'youtu.be')) return null;
  const path = url.pathname.split('/').filter(Boolean);
  const param = (name: string) => url.searchParams.get(name);
  let video = url.hostname === 'youtu.be' ? path[0] : path[0] === 'watch' ? param('v') : null;
  if (path[0] === 'shorts') video = path[1] ?? null;
  const post = path[0] === 'post' ? (path[1] ?? null) : param('lb');
  const comment = param('lc');
  return {
    video: video && ID.test(video) ? video : null,
    post: post && ID.test(post) ? post : null,
    comment: comment && COMMENT_ID.test(comment) ? comment : null,
  };
}

export function canonical(a: Address, withComment: boolean): string | null {
  const lc = withComment && a.comment ? a.comment : null;
  if (withComment && !lc) return null;
  if (a.video) return `https://www.youtube.com/watch?v=${a.video}${lc ? `&lc=${lc}` : ''}`;
  if (a.post) return `https://www.youtube.com/post/${a.post}${lc ? `?lc=${lc}` : ''}`;
  return null;
}

/** A channel handle from a `/@handle` link (YouTube handles may be non-Latin, so percent-encoded). */
export function handleOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  const raw = url && HOSTS.has(url.hostname) ? /^\/@([^/]+)\/?$/.exec(url.pathname)?.[1] : null;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Handle and name from an author link; a comment's link shows the "@handle", not a name. */
export function readAuthorLink(link: Element | undefined, page: URL, by: string) {
  if (!link) return { handle: null, name: null };
  const text = readableText(link);
  const textHandle = /^@(\S+)$/.exec(text)?.[1] ?? null;
  const handle = handleOf(link.getAttribute('href'), page) ?? textHandle;
  return {
    handle: handle ? { value: handle, by } : null,
    name: text && !textHandle ? { value: text, by } : null,
  };
}
