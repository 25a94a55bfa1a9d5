import type { PostKind } from '../model';
import { composedParent, httpUrl, isoDateTime, isWebUrl, queryOwn, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import { withPollOptions } from './poll';
import { isRegionBlock } from './region-block';
import type { ExtractedPost, PageObstacle, PlatformAdapter } from './types';

// YouTube. Its Polymer elements keep their tag names (`ytd-…`) and element ids (`#author-text`,
// `#content-text`) across redesigns; only those, link patterns and the page's schema.org data are
// read. Three kinds of target: a comment or a reply (a comment's permalink is its `lc=` link),
// a channel's community post, and the video itself on a watch page.

const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';
const COMMUNITY_POST = 'ytd-backstage-post-renderer, ytd-post-renderer';
// Once voted on, an option also shows its share of the votes, which `withPollOptions` leaves out.
const POLL_OPTION = 'ytd-backstage-poll-renderer .choice-info, ytd-backstage-poll-renderer [role="radio"]';
const VIDEO = 'ytd-watch-metadata';
// A video in a grid, a search result list or the watch page's side list.
const VIDEO_TILE =
  'ytd-rich-item-renderer, ytd-grid-video-renderer, ytd-video-renderer, ytd-compact-video-renderer';
const TARGETS = `${COMMENT}, ${COMMUNITY_POST}, ${VIDEO}, ${VIDEO_TILE}`;
// Other people's things inside a target: a shared post, an attached video, a reply thread.
const NESTED = `${TARGETS}, ytd-comment-replies-renderer, ytd-shared-post-renderer, ytd-video-renderer, ytd-playlist-renderer`;
// What the author wrote: links there are just words.
// YouTube marks what users typed with `user-input`: the second way when an id is renamed.
const USER_TEXT = '#content-text, [user-input], ytd-text-inline-expander, #description, #title';
const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);
const ID = /^[A-Za-z0-9_-]{6,64}$/;
const COMMENT_ID = /^[A-Za-z0-9_.-]{6,120}$/;

const isNested = (el: Element) => el.matches(NESTED);
const isBoundary = (el: Element) => isNested(el) || el.matches(USER_TEXT);
const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);

interface Address {
  video: string | null;
  post: string | null;
  comment: string | null;
}

/** What a YouTube link points to: a video (watch, shorts, youtu.be), a community post, a comment. */
function addressOf(href: string | null | undefined, page: URL): Address | null {
  const url = httpUrl(href, page);
  if (!url || !(HOSTS.has(url.hostname) || url.hostname === 'youtu.be')) return null;
  const path = url.pathname.split('/').filter(Boolean);
  const param = (name: string) => url.searchParams.get(name);
  let video = url.hostname === 'youtu.be' ? path[0] : path[0] === 'watch' ? param('v') : null;
  if (path[0] === 'shorts') video = path[1] ?? null;
  const post = path[0] === 'post' ? (path[1] ?? null) : param('lb');
  const comment = param('lc');
  return {
    video: video && ID.test(video) ? video : null,
    post: post && ID.test(post) ? post : null,
    comment: comment && COMMENT_ID.test(comment) ? comment : null,
  };
}

function canonical(a: Address, withComment: boolean): string | null {
  const lc = withComment && a.comment ? a.comment : null;
  if (withComment && !lc) return null;
  if (a.video) return `https://www.youtube.com/watch?v=${a.video}${lc ? `&lc=${lc}` : ''}`;
  if (a.post) return `https://www.youtube.com/post/${a.post}${lc ? `?lc=${lc}` : ''}`;
  return null;
}

/** A channel handle from a `/@handle` link (YouTube handles may be non-Latin, so percent-encoded). */
function handleOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  const raw = url && HOSTS.has(url.hostname) ? /^\/@([^/]+)\/?$/.exec(url.pathname)?.[1] : null;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Handle and name from an author link; a comment's link shows the "@handle", not a name. */
function readAuthorLink(link: Element | undefined, page: URL, by: string) {
  if (!link) return { handle: null, name: null };
  const text = readableText(link);
  const textHandle = /^@(\S+)$/.exec(text)?.[1] ?? null;
  const handle = handleOf(link.getAttribute('href'), page) ?? textHandle;
  return {
    handle: handle ? { value: handle, by } : null,
    name: text && !textHandle ? { value: text, by } : null,
  };
}

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

function extractVideo(post: Element, page: URL): ExtractedPost {
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

function readKind(post: Element): Found<PostKind> {
  if (post.matches(COMMUNITY_POST)) return { value: 'post', by: 'community post' };
  for (let up = composedParent(post); up; up = composedParent(up)) {
    if (up.localName === 'ytd-comment-replies-renderer') return { value: 'reply', by: 'inside replies' };
  }
  if (post.hasAttribute('is-reply')) return { value: 'reply', by: 'is-reply attribute' };
  return { value: 'comment', by: 'comment element' };
}

/**
 * A video's tile: its thumbnail or title link names it, its channel link (or, on a channel's own
 * pages, the address) its author; its title is what it says. Tiles show only relative dates.
 */
function isAttachedTile(el: Element): boolean {
  return el.matches(VIDEO_TILE) && !!el.parentElement?.closest(`${COMMUNITY_POST}, ${COMMENT}`);
}

function extractTile(tile: Element, page: URL): ExtractedPost {
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

function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  // A community post's pictures; comments carry none, and an attached video is a link to another.
  return own(post, 'ytd-backstage-image-renderer').map((el) => {
    const url = httpUrl(el.querySelector('img')?.getAttribute('src'), page);
    return { type: 'image' as const, url: url?.href ?? '' };
  });
}

export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  matches: ['*://youtube.com/*', '*://www.youtube.com/*', '*://m.youtube.com/*'],
  // No direct messages on YouTube: what it shows is public unless its author restricted it.
  audienceOf: () => 'public',

  matchesPage(url) {
    return isWebUrl(url) && HOSTS.has(url.hostname);
  },

  findPost(element) {
    let candidate: Element | null = null;
    for (let el: Element | null = element; el; el = composedParent(el)) {
      if (el.matches(USER_TEXT) && candidate && !candidate.matches(VIDEO)) candidate = null;
      // A video attached to a community post or comment is part of it, not a tile of its own.
      else if (!candidate && el.matches(TARGETS) && !isAttachedTile(el)) candidate = el;
      // A click on the player or a thread's buttons means the video or the thread's comment.
      else if (!candidate && el.localName === 'ytd-comment-thread-renderer') {
        candidate = queryOwn(el, COMMENT, (e) => e.localName === 'ytd-comment-replies-renderer')[0] ?? null;
      } else if (!candidate && (el.localName === 'ytd-player' || el.id === 'movie_player')) {
        candidate = el.closest('ytd-watch-flexy')?.querySelector(VIDEO) ?? null;
      }
    }
    return candidate;
  },

  explainNoPost(doc): PageObstacle | null {
    const errors = Array.from(
      doc.querySelectorAll('ytd-player-error-message-renderer, yt-playability-error-supported-renderers'),
    ).filter((el) => !el.closest('[hidden]') && readableText(el) !== '');
    const signIn = 'a[href*="ServiceLogin"], a[href*="accounts.google.com"]';
    if (errors.some((el) => el.querySelector(signIn))) return 'login-wall';
    if (errors.some((el) => isRegionBlock(el))) return 'region-blocked';
    if (errors.length > 0) return 'post-unavailable';
    return null;
  },

  extract(post, page) {
    if (post.matches(VIDEO)) return extractVideo(post, page);
    if (post.matches(VIDEO_TILE)) return extractTile(post, page);
    const { foundBy, note } = foundByRecorder();
    const kind = note('kind', readKind(post)) ?? 'comment';
    const author = readAuthorLink(own(post, 'a#author-text')[0], page, 'author link');
    // The time link is the permalink: `/watch?v=…&lc=…` for a comment, `/post/…` for a post.
    const isPost = kind === 'post';
    let permalink: string | null = null;
    // Second way: any own link of the thing's form (`lc=` for a comment), outside what users typed.
    const ways = [
      ['#published-time-text a[href], .published-time-text a[href]', 'published-time link'],
      [isPost ? 'a[href*="/post/"]' : 'a[href*="lc="]', 'own link to the comment or post'],
    ] as const;
    for (const [selector, by] of ways) {
      for (const link of own(post, selector)) {
        const address = addressOf(link.getAttribute('href'), page);
        permalink = address && canonical(address, !isPost);
        if (permalink) break;
      }
      if (permalink) {
        foundBy.permalink = by;
        break;
      }
    }
    const textEl = own(post, '#content-text')[0] ?? own(post, '[user-input]')[0];
    // A community post's poll: its options are what its author wrote, after the text.
    const text = withPollOptions(textEl ? readableText(textEl) : '', own(post, POLL_OPTION));
    if (text) foundBy.text = textEl?.id === 'content-text' ? '#content-text' : '[user-input]';
    const media = readMedia(post, page);
    if (media.length > 0) foundBy.media = 'community post images';
    return {
      kind,
      permalink,
      author: { handle: note('author.handle', author.handle), name: note('author.name', author.name) },
      // YouTube shows only relative times ("2 days ago") on comments and posts.
      publishedAt: null,
      text,
      media,
      foundBy,
    };
  },
};

// Cases covering this adapter (test/fixtures/youtube, run by test/unit/platforms/youtube.test.ts and
// the Chromium case runner), plus the targeted tests in youtube.test.ts:
// - written--youtube-watch--video / --comment / --reply / --old-comment: a watch page with its
//   video (microdata upload date), a comment thread with a reply, and a pre-2024 comment renderer.
// - written--youtube-community--post / --post-comment: a community post with two pictures and a
//   comment under it; written--youtube-mobile--comment: the same markup served at m.youtube.com.
// - youtube.test.ts: canonical permalinks from every host and link form (shorts, youtu.be, lb=),
//   stale microdata of another video, missing fields, login wall, hostile text, forged markers.
// - written--youtube-channel-videos--tile, written--youtube-watch-renamed--comment: a channel
//   grid tile; a comment with its text and time ids renamed; written--youtube-community-poll--closed:
//   a community post's poll once voted on (options without their shares).
