// Grid and search-result tiles: a profile's grid, a channel's videos, a search page show each
// post as one link to it around its picture or video, with nothing else of the post around it.
// Right-clicking one means that post, not the page.

import { httpUrl } from './dom';
import type { ExtractedPost } from './types';

/**
 * The tile around `element`: the closest link whose address `isPostLink` accepts, holding a
 * picture or a video, and lying in none of `posts` (inside a post, such a link is the post's own).
 */
export function tileOf(
  element: Element,
  isPostLink: (href: string) => boolean,
  posts: string,
): Element | null {
  const link = element.closest('a[href]');
  if (!link || !isPostLink(link.getAttribute('href') ?? '') || link.closest(posts)) return null;
  return link.querySelector('img, video, picture') ? link : null;
}

/**
 * What the tile shows of its post: its video, else its picture (one, whatever the post holds). A
 * video streamed from blob: keeps its poster; `video` makes a picture count as the video it
 * stands for (a video platform's thumbnail).
 */
export function tileMedia(tile: Element, page: URL, video = false): ExtractedPost['media'] {
  const shown = tile.querySelector('video') ?? tile.querySelector('img');
  if (!shown) return [];
  const url = httpUrl(shown.getAttribute('src'), page) ?? httpUrl(shown.getAttribute('poster'), page);
  return [{ type: video || shown.localName === 'video' ? 'video' : 'image', url: url?.href ?? '' }];
}
