import { httpUrl } from './dom';
import { foundByRecorder } from './found';
import { linkOf, NOT_PROFILES, profileOf } from './instagram-links';
import { tileMedia } from './tile';
import type { ExtractedPost } from './types';

// A tile of a profile grid, a search or an explore page: one link to a post around its picture.

/** A tile of a profile grid, a search or an explore page: the post it links to, seen from outside. */
export function extractTile(tile: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const href = tile.getAttribute('href');
  const link = note('permalink', { value: linkOf(href, page), by: 'tile link' });
  // A profile-scoped link (/<user>/p/<code>/) names the author; else the profile the grid is on.
  const scoped = /^\/([\w.]{1,30})\/(?:p|reels?|tv)\//.exec(httpUrl(href, page)?.pathname ?? '')?.[1];
  const onProfile = profileOf(page.href, page);
  const handle = note(
    'author.handle',
    scoped && !NOT_PROFILES.has(scoped.toLowerCase())
      ? { value: scoped, by: 'tile link /<user>/p/<code>/' }
      : onProfile
        ? { value: onProfile, by: 'profile page address' }
        : null,
  );
  const media = tileMedia(tile, page);
  if (media.length > 0) foundBy.media = 'the tile’s picture';
  foundBy.kind = 'grid tile';
  // A tile shows no date and no caption (its picture's alt is Instagram's description of it).
  return {
    kind: 'post',
    permalink: link ? `https://www.instagram.com/p/${link.code}/` : null,
    author: { handle, name: null },
    publishedAt: null,
    text: '',
    media,
    foundBy,
  };
}

export const isTileLink = (page: URL) => (href: string) => {
  const link = linkOf(href, page);
  return link !== null && link.comment === null;
};
