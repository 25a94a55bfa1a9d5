import { httpUrl } from './dom';
import { OLD_THING, own, ownMedia } from './reddit-markup';
import type { ExtractedPost } from './types';

// The pictures and videos of a Reddit post or comment: players, images on Reddit's media hosts, the
// feed's attributes before the media loads, and old reddit's link to a picture.

// Images of the post itself (avatars and award icons live on other hosts or paths).
const MEDIA_HOSTS = new Set(['i.redd.it', 'preview.redd.it', 'external-preview.redd.it']);

/** The post's own media, each once (backdrops, posters and link previews left out). */
export function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  const media: ExtractedPost['media'] = [];
  for (const el of ownMedia(post, 'shreddit-player, shreddit-player-2, video')) {
    if (el.localName === 'video' && el.closest('shreddit-player, shreddit-player-2')) continue;
    const src = el.getAttribute('src') ?? el.getAttribute('poster') ?? el.getAttribute('preview');
    media.push({ type: 'video', url: httpUrl(src, page)?.href ?? '' });
  }
  const isLinkPost = post.getAttribute('post-type') === 'link';
  const seen = new Set<string>();
  for (const img of ownMedia(post, 'img[src]')) {
    const url = httpUrl(img.getAttribute('src'), page);
    if (!url || !MEDIA_HOSTS.has(url.hostname) || /\/(?:award_images|snoovatar)\//.test(url.pathname))
      continue;
    // Blurred backdrops and a player's poster repeat a picture or video counted already; a link
    // post's picture is the linked page's preview.
    const backdrop = img.classList.contains('post-background-image-filter');
    if (backdrop || img.closest('[aria-hidden="true"], shreddit-player, shreddit-player-2')) continue;
    if (isLinkPost && url.hostname === 'external-preview.redd.it') continue;
    const file = url.pathname.split('/').pop() ?? url.pathname;
    if (!seen.has(file)) media.push({ type: 'image', url: url.href });
    seen.add(file);
  }
  // A feed shows some posts before their media loads: the attributes still say what it is.
  const type = post.getAttribute('post-type');
  const href = httpUrl(post.getAttribute('content-href'), page);
  if (media.length === 0 && href && (type === 'image' || type === 'video')) {
    media.push({ type, url: href.href });
  }
  const linked = media.length === 0 ? linkedPicture(post, page) : null;
  if (linked) media.push({ type: 'image', url: linked.href });
  return media;
}

// An address that is a picture itself, not a page: Reddit's and Imgur's image hosts, or a file
// of an image type.
const PICTURE_HOSTS = new Set([...MEDIA_HOSTS, 'i.imgur.com']);
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)$/i;

/**
 * Old reddit's link post to a picture: its thumbnail (`a.thumbnail`, on Reddit's thumbnail host)
 * links to the picture, which is the post's own. A link to a page is a preview, not the post's.
 */
function linkedPicture(post: Element, page: URL): URL | null {
  if (!post.matches(OLD_THING)) return null;
  const thumbnail = own(post, 'a.thumbnail[href]').find((a) => a.querySelector('img'));
  const url = httpUrl(thumbnail?.getAttribute('href'), page);
  return url && (PICTURE_HOSTS.has(url.hostname) || PICTURE_FILE.test(url.pathname)) ? url : null;
}
