import type { PostKind } from '../model';
import { audienceByPath } from './audience';
import {
  collapseWhitespace,
  httpUrl,
  imageDescriptions,
  isoDateTime,
  isWebUrl,
  outermost,
  precedes,
  queryOwn,
  readableText,
} from './dom';
import { type Found, foundByRecorder } from './found';
import type { ExtractedPost, PlatformAdapter } from './types';
import { isUnavailablePage, saysUnavailable } from './unavailable-page';

// Bluesky (bsky.app, react-native-web). Only stable hooks are read: data-testid values
// (`feedItem-by-<handle>`, `postThreadItem-by-<handle>`, `userAvatarImage`), ARIA roles, the
// /profile/<handle>/post/<rkey> URL pattern and the page's canonical metadata. The generated
// `css-…`/`r-…` classes are never read.

const BSKY_HOSTS = new Set(['bsky.app']);
const POST = '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]';
const THREAD_ITEM = '[data-testid^="postThreadItem-by-"]';
const TEXT = '[data-testid="postText"], [data-word-wrap="1"]';
const AVATAR = '[data-testid="userAvatarImage"]';
// Handles are domain names; accounts without a valid handle are linked by DID.
const ACTOR = '[A-Za-z0-9._:%-]{1,253}';
const PROFILE_PATH = new RegExp(`^/profile/(${ACTOR})/?$`);
const POST_PATH = new RegExp(`^/profile/(${ACTOR})/post/([A-Za-z0-9._~:-]{1,512})/?$`);
// The focused post's counters link to these pages of the post.
const POST_STATS_PATH = new RegExp(
  `^/profile/(${ACTOR})/post/([A-Za-z0-9._~:-]{1,512})/(?:reposted-by|quotes|liked-by)/?$`,
);
// Bluesky wraps names and handles in bidi isolation marks (U+202A…U+202E, U+2066…U+2069).
const BIDI_MARKS = /[\u202a-\u202e\u2066-\u2069]/g;

interface PostRef {
  actor: string;
  rkey: string;
}

function bskyPath(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  return url && BSKY_HOSTS.has(url.hostname) ? url.pathname : null;
}

function postRefOf(href: string | null, page: URL, pattern = POST_PATH): PostRef | null {
  const match = pattern.exec(bskyPath(href, page) ?? '');
  return match?.[1] && match[2] ? { actor: decodeURIComponent(match[1]), rkey: match[2] } : null;
}

/** A quoted post: a clickable `div[role=link]` holding its author's avatar (a link card is an `a`). */
function isQuote(el: Element): boolean {
  return (
    el.localName === 'div' &&
    el.getAttribute('role') === 'link' &&
    !el.matches(POST) &&
    !!el.querySelector(AVATAR)
  );
}

// Inside these lie another post or the author's free text, where links are just words.
function isBoundary(el: Element): boolean {
  return el.matches(TEXT) || el.matches(POST) || isQuote(el);
}

const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);
// A link by DID (accounts whose handle does not verify) cannot be compared with a handle.
const sameActor = (a: string, b: string | null) =>
  b === null || a.startsWith('did:') || a.toLowerCase() === b.toLowerCase();

function readHandle(post: Element, page: URL): Found<string> {
  const fromTestId = /^(?:feedItem|postThreadItem)-by-(.+)$/.exec(
    post.getAttribute('data-testid') ?? '',
  )?.[1];
  if (fromTestId && new RegExp(`^${ACTOR}$`).test(fromTestId))
    return { value: fromTestId, by: 'post test id' };
  for (const link of own(post, 'a[href]')) {
    const handle = PROFILE_PATH.exec(bskyPath(link.getAttribute('href'), page) ?? '')?.[1];
    if (handle) return { value: decodeURIComponent(handle), by: 'first profile link' };
  }
  return null;
}

function readName(post: Element, handle: string | null, page: URL): Found<string> {
  for (const link of own(post, 'a[href]')) {
    const actor = PROFILE_PATH.exec(bskyPath(link.getAttribute('href'), page) ?? '')?.[1];
    if (!actor || !sameActor(decodeURIComponent(actor), handle) || link.querySelector(`img, ${AVATAR}`))
      continue;
    // The focused post's author link holds the name line, then the "@handle" line.
    const line = link.querySelector('[dir="auto"]') ?? link;
    const name = collapseWhitespace(readableText(line).replace(BIDI_MARKS, ''));
    if (name && !name.startsWith('@')) return { value: name, by: 'author profile link' };
  }
  return null;
}

/** The focused post of a thread page has no timestamp link: the page address names it. */
function isFocusedCandidate(post: Element, page: URL): PostRef | null {
  if (!post.matches(THREAD_ITEM) || !BSKY_HOSTS.has(page.hostname)) return null;
  return postRefOf(page.href, page);
}

function readPermalink(post: Element, handle: string | null, page: URL): Found<PostRef> {
  for (const [pattern, by] of [
    [POST_PATH, 'timestamp link'],
    [POST_STATS_PATH, 'counter link of the post'],
  ] as const) {
    for (const link of own(post, 'a[href]')) {
      const ref = postRefOf(link.getAttribute('href'), page, pattern);
      if (ref && sameActor(ref.actor, handle)) return { value: ref, by };
    }
  }
  const fromPage = isFocusedCandidate(post, page);
  return fromPage
    ? { value: { actor: handle ?? fromPage.actor, rkey: fromPage.rkey }, by: 'page address (focused post)' }
    : null;
}

/** `article:published_time` describes the post of the page's canonical address, and only that one. */
function readPublishedAt(post: Element, ref: PostRef | null, page: URL): Found<string> {
  const doc = post.ownerDocument;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  const described = postRefOf(canonical, page);
  if (!ref || !described || described.rkey !== ref.rkey || !sameActor(described.actor, ref.actor))
    return null;
  const time = isoDateTime(
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
  );
  return time ? { value: time, by: 'article:published_time of the canonical post' } : null;
}

/** A picture of the post itself: a viewer image from Bluesky's CDN, not a link card's thumbnail. */
function pictureUrl(img: Element, page: URL): URL | null {
  const url = httpUrl(img.getAttribute('src'), page);
  const isPicture =
    url?.hostname === 'cdn.bsky.app' && /^\/img\/feed_(?:thumbnail|fullsize)\//.test(url.pathname);
  return url && isPicture && !img.closest('a[href]') ? url : null;
}

function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  const media: ExtractedPost['media'] = [];
  for (const el of own(post, 'img, video, [style*="video.bsky.app"]')) {
    if (el.localName === 'img') {
      // The post's own pictures open a viewer (a button); a link card's thumbnail sits in an `a`.
      const url = pictureUrl(el, page);
      if (url) media.push({ type: 'image', url: url.href });
    } else if (el.localName !== 'video' || !el.parentElement?.closest('[style*="video.bsky.app"]')) {
      // A video shows its thumbnail as a background until it plays; the <video> then sits inside.
      const video = el.localName === 'video' ? el : el.querySelector('video');
      const style = /url\(["']?(https:\/\/video\.bsky\.app\/[^"')]+)/.exec(
        el.getAttribute('style') ?? '',
      )?.[1];
      const url =
        httpUrl(video?.getAttribute('src'), page) ??
        httpUrl(video?.getAttribute('poster'), page) ??
        httpUrl(style, page);
      media.push({ type: 'video', url: url?.href ?? '' });
    }
  }
  return media;
}

/**
 * Post or reply. A quoted post counts as a post. On a thread page (/profile/…/post/<rkey>) the
 * focused post is the item the address names; Bluesky lists its parents above it (root first) and
 * replies below, so an item is a reply when it follows the focused one or when another item precedes
 * it, or Bluesky's placeholder for a deleted parent. In feeds, a reply carries a "Reply to …" line
 * ("Réponse à …" in French; other languages read as posts).
 */
function readKind(post: Element, ref: PostRef | null, text: Element | undefined, page: URL): Found<PostKind> {
  if (!post.matches(POST)) return { value: 'post', by: 'quoted post' };
  const replyLine = own(post, '[dir="auto"]').some(
    (el) => /^(?:Reply to|Réponse à) /.test(readableText(el)) && (!text || precedes(el, text)),
  );
  if (replyLine) return { value: 'reply', by: 'reply-to line' };
  const pageRef = isFocusedCandidate(post, page);
  if (!pageRef) return null;
  const items = Array.from(post.ownerDocument.querySelectorAll(THREAD_ITEM));
  const focused = items.find(
    (item) => readPermalink(item, readHandle(item, page)?.value ?? null, page)?.value.rkey === pageRef.rkey,
  );
  if (!focused)
    return ref && ref.rkey !== pageRef.rkey
      ? { value: 'reply', by: 'thread page, focused post not rendered' }
      : null;
  if (post !== focused && precedes(focused, post))
    return { value: 'reply', by: 'thread page, after the focused post' };
  if (items.some((item) => item !== post && precedes(item, post)))
    return { value: 'reply', by: 'thread page, below a parent post' };
  return parentGoneAbove(post) ? { value: 'reply', by: 'thread page, below a deleted parent' } : null;
}

/**
 * Whether a thread screen shows, above `post`, Bluesky's placeholder for a parent deleted or not
 * found ("This post has been deleted.", "Post supprimé."…): it has no test id, only its sentence.
 */
function parentGoneAbove(post: Element): boolean {
  const screen = post.closest('[data-testid="postThreadScreen"]');
  return Array.from(screen?.querySelectorAll('[dir="auto"]') ?? []).some(
    (el) => !el.closest(THREAD_ITEM) && precedes(el, post) && saysUnavailable('bluesky', readableText(el)),
  );
}

export const blueskyAdapter: PlatformAdapter = {
  id: 'bluesky',
  matches: ['*://bsky.app/*'],
  audienceOf: audienceByPath(/^\/messages(\/|$)/),

  matchesPage(url) {
    return isWebUrl(url) && BSKY_HOSTS.has(url.hostname);
  },

  findPost(element) {
    // The outermost post: a "post" forged inside another one's text is only words.
    const post = outermost(element, POST);
    if (!post) return null;
    let quote: Element | null = null;
    for (let el: Element | null = element; el && el !== post; el = el.parentElement) {
      if (el.matches(TEXT) || el.matches(POST)) quote = null;
      else if (!quote && isQuote(el)) quote = el;
    }
    return quote ?? post;
  },

  explainNoPost(doc) {
    const screen = doc.querySelector('[data-testid="postThreadScreen"]');
    if (!screen || screen.querySelector(THREAD_ITEM)) return null;
    // The thread screen shows only a sentence, no test id: "Sign in to view this post", "This
    // content is not viewable without a Bluesky account." (in French "Ce contenu n'est pas visible
    // sans un compte Bluesky."), or one of a missing post (unavailable-page.ts).
    const loginWall =
      /sign[- ]in to view this post|not viewable without a Bluesky account|n['’]est pas visible sans un compte Bluesky/i;
    if (loginWall.test(readableText(screen))) return 'login-wall';
    return isUnavailablePage('bluesky', screen) ? 'post-unavailable' : null;
  },

  extract(post, page) {
    const { foundBy, note } = foundByRecorder();
    const handle = note('author.handle', readHandle(post, page));
    const name = note('author.name', readName(post, handle, page));
    const ref = note('permalink', readPermalink(post, handle, page));
    const publishedAt = note('publishedAt', readPublishedAt(post, ref, page));
    const textEl = own(post, TEXT)[0];
    // A post of pictures only: what its author wrote to describe them is all it says.
    const described = textEl
      ? ''
      : imageDescriptions(own(post, 'img').filter((img) => pictureUrl(img, page)));
    const text =
      note(
        'text',
        textEl
          ? { value: readableText(textEl), by: 'post text' }
          : described
            ? { value: described, by: 'descriptions of its pictures (no text)' }
            : null,
      ) ?? '';
    const media = readMedia(post, page);
    if (media.length > 0) foundBy.media = 'viewer images and videos';
    const kind = note('kind', readKind(post, ref, textEl, page)) ?? 'post';
    foundBy.kind ??= 'default';
    return {
      kind,
      permalink: ref ? `https://bsky.app/profile/${ref.actor}/post/${ref.rkey}` : null,
      author: { handle, name },
      publishedAt,
      text,
      media,
      foundBy,
    };
  },
};

// Cases covering this adapter (test/fixtures/bluesky, run by test/unit/platforms/bluesky.test.ts
// and the Chromium case runner), plus the targeted tests in bluesky.test.ts:
// - metascraper--bluesky-post-image--post / --reply: real thread page; the focused post (permalink
//   from its counter links, date from article:published_time) and a reply below it.
// - written--bluesky-home-feed--images / --reply / --quoting / --quoted / --video /
//   --repost-link-card: two pictures, a "Reply to" line, a quote post and the quoted post as its own
//   target, a video, a repost whose text imitates an author line and links a profile and a post,
//   with a link card (not media).
// - written--bluesky-thread-did--parent / --focused / --below: thread page addressed by DID; the
//   focused post is a reply with no counters (permalink from the page address and its test id).
// - bluesky.test.ts: hosts, canonical links, stale metadata, quotes, forged items and quotes in the
//   text, missing fields, explainNoPost.
// - written--bluesky-alt-only--images: a post of pictures with descriptions only.
