import { httpUrl } from './dom';
import type { ExtractedPost } from './types';
import { own, PHOTO, PHOTO_LINK_PATH, VIDEO } from './x-markup';

// A post's photos and videos on X.

/** A photo served by X's media host (pbs.twimg.com/media/…), not an avatar, emoji or card. */
export function photoUrl(img: Element, page: URL): URL | null {
  const url = httpUrl(img.getAttribute('src'), page);
  return url?.hostname === 'pbs.twimg.com' && url.pathname.startsWith('/media/') ? url : null;
}

export function readMedia(post: Element, statusId: string | null, page: URL): ExtractedPost['media'] {
  const media: ExtractedPost['media'] = [];
  const counted = new Set<Element>();
  for (const el of own(post, `${VIDEO}, ${PHOTO} img`)) {
    if (el.localName !== 'img') {
      // X streams videos from blob: URLs, useless outside the tab; the poster still shows the
      // video. An empty URL keeps the count right when neither is there.
      const video = el.querySelector('video');
      const source = video?.getAttribute('src') ?? video?.querySelector('source[src]')?.getAttribute('src');
      const url = httpUrl(source, page) ?? httpUrl(video?.getAttribute('poster'), page);
      media.push({ type: 'video', url: url?.href ?? '' });
      continue;
    }
    const url = photoUrl(el, page);
    if (url && !el.closest(VIDEO)) {
      media.push({ type: 'image', url: url.href });
      counted.add(el);
    }
  }
  // Second way, when the photo's test id is missing: the post's own /status/<id>/photo/<n> links.
  for (const link of own(post, 'a[href*="/photo/"]')) {
    const id = PHOTO_LINK_PATH.exec(httpUrl(link.getAttribute('href'), page)?.pathname ?? '')?.[1];
    const img = Array.from(link.querySelectorAll('img')).find((i) => photoUrl(i, page));
    if (!statusId || id !== statusId || !img || counted.has(img) || link.querySelector(PHOTO)) continue;
    media.push({ type: 'image', url: photoUrl(img, page)?.href ?? '' });
  }
  return media;
}
