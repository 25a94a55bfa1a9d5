import { httpUrl } from '../dom';
import { foundByRecorder } from '../found';
import type { ExtractedPost } from '../types';
import type { EmbedReader } from './types';

// Mastodon's embed code: since 4.3 a <blockquote class="mastodon-embed" data-embed-url=".../@user/ID/embed">
// holding only a link "Post by @user@instance — View on Mastodon"; before, an
// <iframe class="mastodon-embed" src=".../@user/ID/embed">. Neither holds the post's text on the
// embedding page (the script or the frame loads it from the instance), so the text stays empty.
// Since Mastodon 2.0 a status id's upper bits are its creation time in milliseconds (id >> 16).
const EMBED_PATH = /^\/@([A-Za-z0-9_]{1,30})\/(\d{1,20})(?:\/embed)?\/?$/;
// Ids below this (before 2017) are sequence numbers, not times.
const FIRST_TIME_ID = 1n << 40n;

/** When the status with id `id` was created; null for the sequential ids of before 2017. */
export function statusIdTime(id: string): string | null {
  const value = BigInt(id);
  return value < FIRST_TIME_ID ? null : new Date(Number(value >> 16n)).toISOString();
}

function extract(embed: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const source = embed.getAttribute('data-embed-url') ?? embed.getAttribute('src');
  const url = httpUrl(source, page);
  const [, user, id] = (url && EMBED_PATH.exec(url.pathname)) || [];
  const status = url && user && id ? { host: url.host, user, id } : null;
  const by = embed.localName === 'iframe' ? 'frame address' : 'data-embed-url';
  const permalink = note(
    'permalink',
    status ? { value: `https://${status.host}/@${status.user}/${status.id}`, by } : null,
  );
  const handle = note('author.handle', status ? { value: `${status.user}@${status.host}`, by } : null);
  const time = status ? statusIdTime(status.id) : null;
  const publishedAt = note('publishedAt', time ? { value: time, by: 'status id' } : null);
  foundBy.kind = 'default';
  return {
    platform: 'mastodon',
    kind: 'post',
    permalink,
    author: { handle, name: null },
    publishedAt,
    text: '',
    media: [],
    foundBy,
  };
}

export const mastodonEmbed: EmbedReader = {
  platform: 'mastodon',
  selector: 'blockquote.mastodon-embed[data-embed-url], iframe.mastodon-embed[src]',
  extract,
};
