import { readableText } from './dom';
import { foundByRecorder } from './found';
import type { ExtractedPost } from './types';
import { addressOf, canonical, handleOf, readAuthorLink } from './youtube-links';
import { COMMENT, COMMUNITY_POST, own, VIDEO_TILE } from './youtube-markup';

// A video's tile in a grid, a search result list or the watch page's side list.

/** A video attached to a community post or a comment: part of it, not a tile of its own. */
export function isAttachedTile(el: Element): boolean {
  return el.matches(VIDEO_TILE) && !!el.parentElement?.closest(`${COMMUNITY_POST}, ${COMMENT}`);
}

/**
 * A video's tile: its thumbnail or title link names it, its channel link (or, on a channel's own
 * pages, the address) its author; its title is what it says. Tiles show only relative dates.
 */
export function extractTile(tile: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const video = own(tile, 'a[href]')
    .map((a) => addressOf(a.getAttribute('href'), page))
    .find((address) => address?.video);
  const permalink = video ? canonical(video, false) : null;
  if (permalink) foundBy.permalink = 'tile link';
  const channel = readAuthorLink(
    own(tile, 'ytd-channel-name a[href], #channel-name a[href]')[0],
    page,
    'channel link',
  );
  // A channel's own pages (/@handle/videos…) show no channel line on their tiles.
  const onChannel = handleOf(/^\/@[^/]+/.exec(page.pathname)?.[0] ?? null, page);
  const handle = channel.handle ?? (onChannel ? { value: onChannel, by: 'channel page address' } : null);
  const titleEl = own(tile, '#video-title')[0];
  const text = titleEl ? readableText(titleEl) : '';
  if (text) foundBy.text = '#video-title';
  foundBy.kind = 'video tile';
  return {
    kind: 'post',
    permalink,
    author: { handle: note('author.handle', handle), name: note('author.name', channel.name) },
    publishedAt: null,
    text,
    media: permalink ? [{ type: 'video', url: permalink }] : [],
    foundBy,
  };
}
