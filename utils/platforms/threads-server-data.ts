import { collapseWhitespace, findInPageJson, httpUrl } from './dom';
import type { ExtractedPost } from './types';

// What a Threads post page holds for its posts before any script runs: the server renders them
// into `script[type="application/json"]` blocks (Relay's prefetched query), one `post` object per
// post with `code` (the /post/<code> of its address), `user.username`, `caption.text`, `taken_at`
// (Unix seconds) and its pictures and videos (`image_versions2`, `video_versions`,
// `carousel_media`). A logged-out visitor's page draws the opening post without the containers
// and time links the app draws, so this is where that post is read.

export interface ServerPost {
  handle: string;
  text: string;
  publishedAt: string | null;
  media: ExtractedPost['media'];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

function firstUrl(list: unknown, page: URL): string | null {
  const first = Array.isArray(list) ? list[0] : null;
  return isObject(first) && typeof first.url === 'string' ? (httpUrl(first.url, page)?.href ?? null) : null;
}

/** One picture or video of a post or of a carousel item, or null when it has neither. */
function mediaOf(item: Json, page: URL): ExtractedPost['media'][number] | null {
  const video = firstUrl(item.video_versions, page);
  if (video) return { type: 'video', url: video };
  const candidates = isObject(item.image_versions2) ? item.image_versions2.candidates : null;
  const image = firstUrl(candidates, page);
  return image ? { type: 'image', url: image } : null;
}

/** The post whose code is `code` in the page's server-rendered data, or null. */
export function serverPost(doc: Document, code: string, page: URL): ServerPost | null {
  const post = findInPageJson(
    doc,
    'script[type="application/json"]',
    `"${code}"`,
    (obj) => obj.code === code && isObject(obj.user) && typeof obj.user.username === 'string',
  );
  const user = post?.user;
  if (!post || !isObject(user) || typeof user.username !== 'string') return null;
  const caption = isObject(post.caption) && typeof post.caption.text === 'string' ? post.caption.text : '';
  const seconds = typeof post.taken_at === 'number' && Number.isFinite(post.taken_at) ? post.taken_at : null;
  const date = seconds === null ? null : new Date(seconds * 1000);
  const items = Array.isArray(post.carousel_media) ? post.carousel_media.filter(isObject) : [post];
  const media = items.flatMap((item) => mediaOf(item, page) ?? []);
  return {
    handle: user.username,
    text: collapseWhitespace(caption),
    publishedAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    media,
  };
}
