import { readableTextExcept } from '../dom';
import { foundByRecorder } from '../found';
import type { ExtractedPost } from '../types';
import { readByline } from './byline';
import type { EmbedReader } from './types';

// Bluesky's embed code: <blockquote class="bluesky-embed" data-bluesky-uri="at://DID/app.bsky.feed.post/RKEY">
// <p>text</p>— Name (<a>@handle</a>) <a href="https://bsky.app/profile/DID/post/RKEY">date</a></blockquote>.
// The record key is a TID: base32-sortable, its upper 53 bits the creation time in microseconds
// (atproto.com/specs/tid), which dates the post; the date link's words depend on the writer's locale.
const POST_URI =
  /^at:\/\/(did:[a-z0-9]+:[A-Za-z0-9._:%-]+)\/app\.bsky\.feed\.post\/([A-Za-z0-9._~:-]{1,512})$/;
const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/** When the record with key `rkey` was created, if the key is a TID; null otherwise. */
export function tidTime(rkey: string): string | null {
  if (!TID.test(rkey)) return null;
  let value = 0n;
  for (const char of rkey) value = value * 32n + BigInt(TID_ALPHABET.indexOf(char));
  return new Date(Number((value >> 10n) / 1000n)).toISOString();
}

// A post with a picture, a link card or a quote shows "[image or embed]", a link to the post, in its text.
function isPlaceholder(el: Element, rkey: string): boolean {
  return el.localName === 'a' && (el.getAttribute('href') ?? '').includes(`/post/${rkey}`);
}

function extract(embed: Element): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const uri = POST_URI.exec(embed.getAttribute('data-bluesky-uri') ?? '');
  const rkey = uri?.[2] ?? null;
  const body = embed.querySelector(':scope > p');
  const byline = readByline(embed, body);
  const name = note('author.name', byline ? { value: byline.name, by: 'embed byline' } : null);
  const handle = note('author.handle', byline ? { value: byline.handle, by: 'embed byline' } : null);
  // The permalink names the author by handle (as bsky.app does), else by DID, which also resolves.
  const profile = handle ?? uri?.[1];
  const permalink = note(
    'permalink',
    rkey && profile
      ? { value: `https://bsky.app/profile/${profile}/post/${rkey}`, by: 'data-bluesky-uri' }
      : null,
  );
  const time = rkey ? tidTime(rkey) : null;
  const publishedAt = note('publishedAt', time ? { value: time, by: 'record key (TID)' } : null);
  foundBy.kind = 'default';
  return {
    platform: 'bluesky',
    kind: 'post',
    permalink,
    author: { handle, name },
    publishedAt,
    text: body && rkey ? readableTextExcept(body, (el) => isPlaceholder(el, rkey)) : '',
    media: [],
    foundBy,
  };
}

export const blueskyEmbed: EmbedReader = {
  platform: 'bluesky',
  selector: 'blockquote.bluesky-embed[data-bluesky-uri]',
  extract,
};
