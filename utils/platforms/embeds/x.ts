import { httpUrl, readableText } from '../dom';
import { foundByRecorder } from '../found';
import type { ExtractedPost } from '../types';
import { readByline } from './byline';
import type { EmbedReader } from './types';

// X's embed code, as a news article holds it before (or without) X's widget script:
// <blockquote class="twitter-tweet"><p>text</p>— Name (@handle) <a href=".../status/ID">date</a></blockquote>.
// The date link shows a day only; the post's id is a snowflake whose upper bits are the creation
// time in milliseconds since X's epoch, which dates the post to the millisecond.
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,20})(?:\/|$)/;
const STATUS_HOSTS = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/;
const X_EPOCH_MS = 1288834974657n;
// Ids below this (before November 2010) are sequence numbers, not snowflakes.
const FIRST_SNOWFLAKE = 29700859247n;

interface Status {
  handle: string;
  id: string;
}

function statusOf(href: string | null, page: URL): Status | null {
  const url = httpUrl(href, page);
  const [, handle, id] = (url && STATUS_HOSTS.test(url.hostname) && STATUS_PATH.exec(url.pathname)) || [];
  return handle && id ? { handle, id } : null;
}

/** When the post with snowflake id `id` was created, as ISO 8601 UTC; null for pre-snowflake ids. */
export function snowflakeTime(id: string): string | null {
  const value = BigInt(id);
  if (value < FIRST_SNOWFLAKE) return null;
  return new Date(Number((value >> 22n) + X_EPOCH_MS)).toISOString();
}

function extract(embed: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const body = embed.querySelector(':scope > p');
  // The status link is the byline's date, after the text: the last one is the post's own.
  const statuses = Array.from(embed.querySelectorAll('a[href]'))
    .filter((link) => !body?.contains(link))
    .flatMap((link) => statusOf(link.getAttribute('href'), page) ?? []);
  const status = note(
    'permalink',
    statuses.length ? { value: statuses.at(-1) as Status, by: 'byline status link' } : null,
  );
  const byline = readByline(embed, body);
  const handle = note('author.handle', status ? { value: status.handle, by: 'status link' } : null);
  const name = note('author.name', byline ? { value: byline.name, by: 'embed byline' } : null);
  const time = status ? snowflakeTime(status.id) : null;
  const publishedAt = note('publishedAt', time ? { value: time, by: 'status id (snowflake)' } : null);
  foundBy.kind = 'default';
  return {
    platform: 'x',
    kind: 'post',
    permalink: status ? `https://x.com/${status.handle}/status/${status.id}` : null,
    author: { handle, name },
    publishedAt,
    text: body ? readableText(body) : '',
    media: [],
    foundBy,
  };
}

export const xEmbed: EmbedReader = {
  platform: 'x',
  selector: 'blockquote.twitter-tweet',
  extract,
};
