import { readableText } from './dom';
import { foundByRecorder } from './found';
import { tiktokPath, VIDEO_PATH } from './tiktok-markup';
import { tileMedia } from './tile';
import type { ExtractedPost } from './types';

// A tile of a profile grid or a search page: one link to a video around its cover.

export const isVideoLink = (page: URL) => (href: string) => VIDEO_PATH.test(tiktokPath(href, page));

/**
 * A tile of a profile grid or a search page: the video its link names. Its author's display name
 * is known on that author's own profile page only (`user-title` is the handle there).
 */
export function extractTile(tile: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const match = VIDEO_PATH.exec(tiktokPath(tile.getAttribute('href'), page));
  const handle = note('author.handle', match?.[1] ? { value: match[1], by: 'tile link' } : null);
  const doc = tile.ownerDocument;
  const profile = doc.querySelector('[data-e2e="user-title"]');
  const subtitle = doc.querySelector('[data-e2e="user-subtitle"]');
  const onProfile = profile && handle && readableText(profile).replace(/^@/, '') === handle;
  const shownName = onProfile && subtitle ? readableText(subtitle) : '';
  const name = note(
    'author.name',
    shownName ? { value: shownName, by: 'user-subtitle of the profile' } : null,
  );
  if (match?.[2]) foundBy.permalink = 'tile link';
  const media = tileMedia(tile, page, true);
  if (media.length > 0) foundBy.media = 'the tile’s cover';
  foundBy.kind = 'grid tile';
  // A tile shows no date; its cover's alt is TikTok's own wording around the description.
  return {
    kind: 'post',
    permalink: match?.[2] && handle ? `https://www.tiktok.com/@${handle}/video/${match[2]}` : null,
    author: { handle, name },
    publishedAt: null,
    text: '',
    media,
    foundBy,
  };
}
