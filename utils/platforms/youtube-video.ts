import { isoDateTime, queryOwn, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import type { ExtractedPost } from './types';
import { addressOf, readAuthorLink } from './youtube-links';
import { HOSTS, ID, isNested, own } from './youtube-markup';

// The video of a watch page: its id from the address (else the page's markup), its channel, title
// and description, and its upload time from data that names the same video.

/** The video this watch page shows: its address, else the watch element's attribute, else canonical. */
function currentVideo(post: Element, page: URL): Found<string> {
  const fromPage = HOSTS.has(page.hostname) ? addressOf(page.href, page)?.video : null;
  if (fromPage) return { value: fromPage, by: 'page address' };
  const attr = post.closest('ytd-watch-flexy')?.getAttribute('video-id');
  if (attr && ID.test(attr)) return { value: attr, by: 'ytd-watch-flexy video-id' };
  const canon = addressOf(
    post.ownerDocument.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    page,
  );
  return canon?.video ? { value: canon.video, by: 'canonical link' } : null;
}

/**
 * The video's upload time, from data that names the same video: schema.org microdata, JSON-LD, or
 * the player response YouTube embeds. After in-app navigation these may describe the first video
 * opened in the tab, hence the id check.
 */
function videoPublishedAt(doc: Document, video: string): Found<string> {
  for (const id of doc.querySelectorAll('[itemprop="videoId"], [itemprop="identifier"]')) {
    if (id.getAttribute('content') !== video) continue;
    const scope = id.closest('[itemscope]') ?? doc;
    for (const prop of ['uploadDate', 'datePublished']) {
      const value = isoDateTime(scope.querySelector(`[itemprop="${prop}"]`)?.getAttribute('content'));
      if (value) return { value, by: `microdata ${prop}` };
    }
  }
  for (const script of doc.querySelectorAll('script')) {
    const text = script.textContent ?? '';
    const isLd = script.getAttribute('type') === 'application/ld+json';
    const names = isLd ? text.includes(video) : text.includes(`"videoDetails":{"videoId":"${video}"`);
    if (!names) continue;
    const date = /"(?:uploadDate|publishDate)"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    const value = isoDateTime(date);
    if (value) return { value, by: isLd ? 'JSON-LD uploadDate' : 'player response publishDate' };
  }
  return null;
}

export function extractVideo(post: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const video = note('permalink', currentVideo(post, page));
  // The channel name's link first: the avatar before it links the same channel without a name.
  const link = own(post, 'ytd-channel-name a[href]')[0] ?? own(post, '#owner a[href*="/@"]')[0];
  const author = readAuthorLink(link, page, 'channel link');
  const title = queryOwn(post, '#title h1, h1', isNested)[0];
  // The description's own text, not the views and date line printed above it in #description.
  const description = ['#attributed-snippet-text', 'ytd-text-inline-expander yt-attributed-string']
    .map((selector) => queryOwn(post, selector, isNested)[0])
    .find(Boolean);
  const text = [title, description].map((el) => (el ? readableText(el) : '')).filter(Boolean);
  if (text.length > 0) foundBy.text = 'title and description';
  foundBy.kind = 'watch page video';
  const permalink = video ? `https://www.youtube.com/watch?v=${video}` : null;
  if (permalink) foundBy.media = 'the video itself';
  return {
    kind: 'post',
    permalink,
    author: { handle: note('author.handle', author.handle), name: note('author.name', author.name) },
    publishedAt: video ? note('publishedAt', videoPublishedAt(post.ownerDocument, video)) : null,
    text: text.join(' '),
    // The video is streamed from blob: addresses; its watch address stands for it.
    media: permalink ? [{ type: 'video', url: permalink }] : [],
    foundBy,
  };
}
