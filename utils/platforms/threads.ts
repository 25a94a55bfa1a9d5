import type { PostKind } from '../model';
import { audienceByPath } from './audience';
import { httpUrl, isoDateTime, isWebUrl, precedes, queryOwn, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import { isRegionBlock } from './region-block';
import { serverPost } from './threads-server-data';
import type { ExtractedPost, PlatformAdapter } from './types';
import { isUnavailablePage } from './unavailable-page';

// Threads (threads.net, moved to threads.com in 2025). Its class names are hashed; each post or
// reply is a `div[data-pressable-container=true]`, the author's links are /@<user>, the post's own
// link is /@<user>/post/<code> around a time[datetime], and the text is in span[dir=auto] outside
// links and buttons.

const HOST = /^(?:www\.)?(threads\.(?:net|com))$/;
const POST = 'div[data-pressable-container="true"]';
const POST_PATH = /^\/@([\w.]{1,30})\/post\/([\w-]+)(?:\/|$)/;
const PROFILE_PATH = /^\/@([\w.]{1,30})\/?$/;
const TEXT = 'span[dir="auto"]';
// Not the post's own words: links (author, time, mentions live inside the text span), controls.
const NOT_TEXT = 'a, button, [role="button"], time';

interface ThreadsLink {
  handle: string;
  code: string;
  /** The link on the www. host of the family it was given on (threads.net or threads.com). */
  href: string;
}

function postLinkOf(href: string | null, page: URL): ThreadsLink | null {
  const url = httpUrl(href, page);
  const family = url ? HOST.exec(url.hostname)?.[1] : undefined;
  const match = url && family ? POST_PATH.exec(url.pathname) : null;
  if (!match?.[1] || !match[2]) return null;
  return { handle: match[1], code: match[2], href: `https://www.${family}/@${match[1]}/post/${match[2]}` };
}

function profileOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  return (url && HOST.test(url.hostname) && PROFILE_PATH.exec(url.pathname)?.[1]) || null;
}

// A post nested in another (a quoted post) belongs to itself, and the text spans are the author's
// free markup: nothing inside either speaks for this post.
const isBoundary = (el: Element) => el.matches(POST) || isTextSpan(el);
// A span holding a time is the author line: text never holds one (Threads escapes what users type).
const isTextSpan = (el: Element) => el.matches(TEXT) && !el.closest(NOT_TEXT) && !el.querySelector('time');
const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);

/** The post's own link: the one around its time (a quoted post's sits inside its own container). */
function timeLink(post: Element, page: URL): { link: ThreadsLink; a: Element; time: Element } | null {
  for (const time of own(post, 'time[datetime]')) {
    const a = time.closest('a[href]');
    const link = a && post.contains(a) ? postLinkOf(a.getAttribute('href'), page) : null;
    if (a && link) return { link, a, time };
  }
  return null;
}

function readText(post: Element, after: Element | null): Found<string> {
  // The author line comes first; text spans are the own ones after the post's own link.
  const spans = own(post, TEXT).filter((span) => isTextSpan(span) && (!after || precedes(after, span)));
  const text = spans
    .map((span) => readableText(span))
    .filter(Boolean)
    .join(' ');
  return text ? { value: text, by: 'span[dir=auto] after the time link' } : null;
}

function readMedia(
  post: Element,
  after: Element | null,
  code: string | null,
  page: URL,
): ExtractedPost['media'] {
  const media: ExtractedPost['media'] = [];
  for (const el of own(post, 'img, video')) {
    // Avatars sit in the author line, before the post's own link; link cards and other posts'
    // pictures inside links elsewhere.
    if (after && !precedes(after, el)) continue;
    const link = el.closest('a[href]');
    if (link && post.contains(link) && postLinkOf(link.getAttribute('href'), page)?.code !== code) continue;
    const url = httpUrl(el.getAttribute('src'), page) ?? httpUrl(el.getAttribute('poster'), page);
    if (el.localName === 'video') media.push({ type: 'video', url: url?.href ?? '' });
    else if (url) media.push({ type: 'image', url: url.href });
  }
  return media;
}

/**
 * A post page /@user/post/<code> shows the post's parents above it, then the post, then replies.
 * So a container after the focused one is a reply, and the focused one is a reply when a
 * container precedes it. Elsewhere (feeds, profiles) nothing on the page says so: a post.
 */
function readKind(post: Element, code: string | null, page: URL): Found<PostKind> {
  const pageCode = pagePostCode(page);
  if (!pageCode || post.parentElement?.closest(POST)) return null;
  const posts = Array.from(post.ownerDocument.querySelectorAll(POST)).filter(
    (p) => !p.parentElement?.closest(POST),
  );
  const focused = posts.find((p) => timeLink(p, page)?.link.code === pageCode);
  if (!focused)
    return code && code !== pageCode ? { value: 'reply', by: 'post page, focused post not shown' } : null;
  if (post !== focused && precedes(focused, post))
    return { value: 'reply', by: 'post page, after the focused post' };
  const above = posts.some((p) => p !== post && precedes(p, post));
  return above ? { value: 'reply', by: 'post page, below a parent post' } : null;
}

/** The code of the post page `page` shows (/@user/post/<code>), or null elsewhere. */
function pagePostCode(page: URL): string | null {
  return (HOST.test(page.hostname) && POST_PATH.exec(page.pathname)?.[2]) || null;
}

/**
 * On a post page whose server-rendered data holds the opening post, the smallest block around
 * `element` holding a link to that post's author: the opening post as a logged-out visitor sees it.
 */
function openingPostBlock(element: Element): Element | null {
  const doc = element.ownerDocument;
  const page = new URL(doc.URL);
  const code = pagePostCode(page);
  const data = code ? serverPost(doc, code, page) : null;
  if (!data) return null;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const links = Array.from(el.querySelectorAll('a[href]'));
    if (links.some((a) => profileOf(a.getAttribute('href'), page) === data.handle)) return el;
  }
  return null;
}

/** The opening post of a post page, read from the page's server-rendered data. */
function extractServerPost(post: Element, page: URL): ExtractedPost | null {
  const code = pagePostCode(page);
  const data = code ? serverPost(post.ownerDocument, code, page) : null;
  const family = HOST.exec(page.hostname)?.[1];
  if (!code || !data || !family) return null;
  const by = 'server-rendered data of the post page';
  const foundBy: Record<string, string> = {
    permalink: by,
    'author.handle': by,
    kind: 'opening post of the page',
  };
  if (data.text) foundBy.text = by;
  if (data.publishedAt) foundBy.publishedAt = by;
  if (data.media.length > 0) foundBy.media = by;
  const name = nameFromTitle(post.ownerDocument, code, data.handle, page);
  if (name) foundBy['author.name'] = 'og:title of this post';
  return {
    kind: 'post',
    permalink: `https://www.${family}/@${data.handle}/post/${code}`,
    author: { handle: data.handle, name },
    publishedAt: data.publishedAt,
    text: data.text,
    media: data.media,
    foundBy,
  };
}

/** The page's title names the author of its own post: "Name (@user) on Threads" (French: "sur Threads"). */
function nameFromTitle(doc: Document, code: string, handle: string | null, page: URL): string | null {
  const pageUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? page.href;
  const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const titled = /^(.+?) \(@([\w.]+)\) (?:on|sur) Threads\b/.exec(title);
  return postLinkOf(pageUrl, page)?.code === code && titled?.[2] === handle ? (titled[1] ?? null) : null;
}

export const threadsAdapter: PlatformAdapter = {
  id: 'threads',
  matches: ['*://threads.net/*', '*://www.threads.net/*', '*://threads.com/*', '*://www.threads.com/*'],
  audienceOf: audienceByPath(/^\/(direct|messages)(\/|$)/),

  matchesPage(url) {
    return isWebUrl(url) && HOST.test(url.hostname);
  },

  findPost(element) {
    // The innermost container, unless it sits inside someone's text (only a forged page does that).
    let found: Element | null = null;
    for (let el: Element | null = element; el; el = el.parentElement) {
      if (isTextSpan(el)) found = null;
      else if (!found && el.matches(POST)) found = el;
    }
    if (found || element.closest(POST)) return found;
    // Markup without pressable containers (an older or simplified rendering): an ARIA article,
    // else on a post page served to a logged-out visitor, the block of the opening post.
    return element.closest('article, [role="article"]') ?? openingPostBlock(element);
  },

  explainNoPost(doc) {
    // Meta's notice in place of the thread, outside any post.
    const main = doc.querySelector('[role="main"]') ?? doc.body;
    if (isRegionBlock(main, POST)) return 'region-blocked';
    if (doc.querySelector('form input[type="password"]')) return 'login-wall';
    return isUnavailablePage('threads', main, POST) ? 'post-unavailable' : null;
  },

  extract(post, page) {
    const opening =
      post.matches(POST) || post.matches('article, [role="article"]') ? null : extractServerPost(post, page);
    if (opening) return opening;
    const { foundBy, note } = foundByRecorder();
    const own_ = timeLink(post, page);
    const link = note('permalink', own_ ? { value: own_.link, by: 'link around own time' } : null);
    const profile = own(post, 'a[href]').find((a) => profileOf(a.getAttribute('href'), page));
    // The permalink names its author; a repost's header names the reposter instead.
    const handle = note(
      'author.handle',
      link
        ? { value: link.handle, by: 'permalink /@<user>/post/' }
        : profile
          ? { value: profileOf(profile.getAttribute('href'), page) ?? '', by: 'first profile link' }
          : null,
    );
    const datetime = isoDateTime(own_?.time.getAttribute('datetime'));
    const publishedAt = note(
      'publishedAt',
      datetime ? { value: datetime, by: 'time[datetime] in permalink' } : null,
    );
    const text = note('text', readText(post, own_?.a ?? null)) ?? '';
    const media = readMedia(post, own_?.a ?? null, link?.code ?? null, page);
    if (media.length > 0) foundBy.media = 'images and videos after the author line, outside other links';

    const titled = link ? nameFromTitle(post.ownerDocument, link.code, handle, page) : null;
    const name = note('author.name', titled ? { value: titled, by: 'og:title of this post' } : null);
    const kind = note('kind', readKind(post, link?.code ?? null, page)) ?? 'post';
    foundBy.kind ??= 'default';
    return {
      kind,
      permalink: link?.href ?? null,
      author: { handle, name },
      publishedAt,
      text,
      media,
      foundBy,
    };
  },
};

// Cases covering this adapter (test/fixtures/threads, run by threads.test.ts and the case runner):
// - written--threads-post-page--*: a post page on www.threads.com with the post (two images), a
//   reply with a video and a reply mentioning the post's author and linking another post.
// - written--threads-feed--*: the home feed on www.threads.net: a text post with a mention and a
//   link card, a repost.
// - threads.test.ts: hosts, kinds, hostile text, forged markers, login wall, missing fields.
// - written--threads-logged-out-post--*: a post page seen logged out, read from its
//   server-rendered data (threads-server-data.ts).
