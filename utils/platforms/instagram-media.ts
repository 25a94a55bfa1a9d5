import { httpUrl } from './dom';
import { linkOf } from './instagram-links';
import type { ExtractedPost } from './types';

// A post's pictures and videos on Instagram, without avatars and other posts' thumbnails.

/** The elements matching a selector that belong to the post (or comment) being read. */
export type Own = (selector: string) => Element[];

export function readMedia(post: Element, own: Own, code: string | null, page: URL): ExtractedPost['media'] {
  const media: ExtractedPost['media'] = [];
  for (const el of own('img, video')) {
    const url = httpUrl(el.getAttribute('src'), page) ?? httpUrl(el.getAttribute('poster'), page);
    if (el.localName === 'video') {
      // Instagram streams from blob: URLs; an empty URL keeps the count when no poster is given.
      media.push({ type: 'video', url: url?.href ?? '' });
      continue;
    }
    // Avatars sit in profile links or the header, other posts' pictures in links to those posts.
    const link = el.closest('a[href]');
    const elsewhere = link && post.contains(link) && linkOf(link.getAttribute('href'), page)?.code !== code;
    const avatar = el.closest('header') || el.matches('[data-testid="user-avatar"]');
    if (url && !elsewhere && !avatar) media.push({ type: 'image', url: url.href });
  }
  return media;
}
