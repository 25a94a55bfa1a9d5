import type { PostKind } from '../model';
import { audienceByPath } from './audience';
import { httpUrl, imageDescriptions, isoDateTime, isWebUrl, precedes, queryOwn, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import { withPollOptions } from './poll';
import type { ExtractedPost, PageObstacle, PlatformAdapter } from './types';

// X (Twitter). Only stable hooks are read: data-testid values, ARIA roles, time[datetime] and the
// URL patterns of links; X's hashed class names change with every deploy.

const TWEET = 'article[data-testid="tweet"]';
const USER_NAME = '[data-testid="User-Name"]';
const TWEET_TEXT = '[data-testid="tweetText"]';
// A poll's options: radios while it is open, list items once it shows its results.
const POLL_OPTION =
  '[data-testid="cardPoll"] [role="radio"], [data-testid="cardPoll"] li, [data-testid="cardPoll"] [role="listitem"]';
const PHOTO = '[data-testid="tweetPhoto"]';
const VIDEO = '[data-testid="videoPlayer"]';
// An X Article (long-form post) has no tweetText: a title and a Draft.js rich text body instead.
const ARTICLE_TITLE = '[data-testid="twitter-article-title"]';
const ARTICLE_BODY = '[data-testid="twitterArticleRichTextView"], [data-testid="longformRichTextComponent"]';
// What comes after the author line in a post; a "Replying to" line sits between the two.
const POST_BODY = `${TWEET_TEXT}, ${ARTICLE_TITLE}, ${ARTICLE_BODY}, ${PHOTO}, ${VIDEO}, [data-testid="card.wrapper"], [role="group"]`;

const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com']);
const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,20})(?:\/|$)/;
const MEDIA_LINK_PATH = /\/status\/\d+\/(?:photo|video)\/\d+\/?$/;
const PHOTO_LINK_PATH = /\/status\/(\d+)\/photo\/\d+\/?$/;

interface Status {
  handle: string;
  id: string;
}

/** The post a link on X points to, whatever the host or suffix (/photo/1, /analytics, ?s=20). */
function statusOf(href: string | null, page: URL): Status | null {
  const url = httpUrl(href, page);
  const match = url && X_HOSTS.has(url.hostname) ? STATUS_PATH.exec(url.pathname) : null;
  return match?.[1] && match[2] ? { handle: match[1], id: match[2] } : null;
}

function profileOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  return (url && X_HOSTS.has(url.hostname) && PROFILE_PATH.exec(url.pathname)?.[1]) || null;
}

/**
 * A quoted post: X draws it as a `div[role=link]` (clickable, but no `a`) holding its own author
 * line. The affiliation badge next to a name is also a `div[role=link]`, but holds no User-Name.
 */
function isQuoteBlock(el: Element): boolean {
  return el.localName === 'div' && el.getAttribute('role') === 'link' && el.querySelector(USER_NAME) !== null;
}

// What lies inside these belongs to someone else (a quoted or nested post) or is the author's free
// text, where anything that looks like an author line or a permalink is just words.
function isBoundary(el: Element): boolean {
  return el.matches(TWEET_TEXT) || el.matches(ARTICLE_BODY) || el.matches(TWEET) || isQuoteBlock(el);
}

function own(post: Element, selector: string): Element[] {
  return queryOwn(post, selector, isBoundary);
}

/** The post's permalink as read from the link wrapping its own `time`, with that time. */
function timeLink(post: Element, page: URL): { status: Status; time: Element } | null {
  for (const time of own(post, 'time[datetime]')) {
    const link = time.closest('a[href]');
    const status = link && post.contains(link) ? statusOf(link.getAttribute('href'), page) : null;
    if (status) return { status, time };
  }
  return null;
}

function readHandle(
  post: Element,
  userName: Element | null,
  nameLine: Element | null,
  page: URL,
): Found<string> {
  for (const link of userName?.querySelectorAll('a[href]') ?? []) {
    const handle = profileOf(link.getAttribute('href'), page);
    if (handle) return { value: handle, by: 'User-Name profile link' };
  }
  // A quoted post's author line has no links. Its display name may itself read "@someone", so the
  // name line is skipped and the "@handle" must be the whole text of one span.
  for (const span of userName?.querySelectorAll('span') ?? []) {
    const handle = nameLine?.contains(span) ? null : /^@([A-Za-z0-9_]{1,15})$/.exec(readableText(span))?.[1];
    if (handle) return { value: handle, by: 'User-Name @handle text' };
  }
  for (const avatar of own(post, '[data-testid^="UserAvatar-Container-"]')) {
    const handle = avatar.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length) ?? '';
    if (PROFILE_PATH.test(`/${handle}`)) return { value: handle, by: 'avatar container test id' };
  }
  return null;
}

function readPermalink(post: Element, handle: string | null, page: URL): Found<Status> {
  const fromTime = timeLink(post, page);
  if (fromTime) return { value: fromTime.status, by: 'link around own time' };
  // A quoted post's time has no link; its photos and videos link to /<handle>/status/<id>/photo/1.
  // Where the time is gone, any own link to a status of the author names it (the time link, the
  // analytics link, a media link). Links in the text are never read.
  const links = own(post, 'a[href*="/status/"]').flatMap((link) => {
    const status = statusOf(link.getAttribute('href'), page);
    return status && status.handle.toLowerCase() === handle?.toLowerCase() ? [{ link, status }] : [];
  });
  const media = links.find(
    ({ link }) =>
      MEDIA_LINK_PATH.test(link.getAttribute('href') ?? '') && link.querySelector(`${PHOTO}, ${VIDEO}`),
  );
  if (media) return { value: media.status, by: 'own media link' };
  const ids = new Set(links.map(({ status }) => status.id));
  // Only when they all name one status: a thread's links to other posts of the author would not.
  return links[0] && ids.size === 1 ? { value: links[0].status, by: 'own status link of the author' } : null;
}

function readPublishedAt(post: Element, page: URL): Found<string> {
  const fromLink = timeLink(post, page);
  const linked = fromLink ? isoDateTime(fromLink.time.getAttribute('datetime')) : null;
  if (linked) return { value: linked, by: 'time[datetime] in permalink link' };
  for (const time of own(post, 'time[datetime]')) {
    const value = isoDateTime(time.getAttribute('datetime'));
    if (value) return { value, by: 'own time[datetime]' };
  }
  return null;
}

/** A photo served by X's media host (pbs.twimg.com/media/…), not an avatar, emoji or card. */
function photoUrl(img: Element, page: URL): URL | null {
  const url = httpUrl(img.getAttribute('src'), page);
  return url?.hostname === 'pbs.twimg.com' && url.pathname.startsWith('/media/') ? url : null;
}

function readMedia(post: Element, statusId: string | null, page: URL): ExtractedPost['media'] {
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

/** An X Article's title and body, block by block (Draft.js writes each paragraph as a `div`). */
function articleText(post: Element): string {
  const title = own(post, ARTICLE_TITLE)[0];
  const body = own(post, ARTICLE_BODY)[0];
  const blocks = body ? Array.from(body.querySelectorAll('[data-block="true"]')) : [];
  const parts = [title, ...(blocks.length > 0 ? blocks : body ? [body] : [])];
  return parts
    .map((part) => (part ? readableText(part) : ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * Whether the post is a reply, and why. The rule, in order:
 * 1. A "Replying to @…" line between the author line and the post body. On timelines it holds
 *    profile links whose text starts with "@" (this part does not depend on the interface
 *    language); inside a quoted post it is plain text, only recognised in English.
 * 2. A quoted post is otherwise a post: nothing around it says more.
 * 3. On a status page `/<handle>/status/<id>`, the focused post is the article whose permalink id is
 *    the URL's id. X lists the thread above it (root first, then replies down to it) and replies
 *    below it. So an article after the focused one is a reply, and the focused one or an article
 *    above it is a reply when another article precedes it. When the focused post is not rendered
 *    (X unmounts posts scrolled far away, ancestors first), any other post there is a reply.
 *    Known limit: the unrelated posts of "Discover more" under the replies count as replies.
 * 4. Otherwise a post.
 */
function readKind(post: Element, userName: Element | null, page: URL): Found<PostKind> {
  const body = own(post, POST_BODY)[0];
  const replyingTo = own(post, 'a[href]').some(
    (a) =>
      !userName?.contains(a) &&
      profileOf(a.getAttribute('href'), page) !== null &&
      readableText(a).startsWith('@') &&
      (!userName || precedes(userName, a)) &&
      (!body || precedes(a, body)),
  );
  if (replyingTo) return { value: 'reply', by: 'replying-to line' };
  const isReplyingToText = (line: Element) =>
    !isBoundary(line) && !userName?.contains(line) && /^Replying to @/.test(readableText(line));
  if (own(post, 'div[dir]').some(isReplyingToText)) {
    return { value: 'reply', by: 'replying-to text' };
  }
  if (!post.matches(TWEET)) return { value: 'post', by: 'quoted post' };

  const pageStatus = X_HOSTS.has(page.hostname) ? STATUS_PATH.exec(page.pathname)?.[2] : undefined;
  if (!pageStatus) return null;
  const articles = Array.from(post.ownerDocument.querySelectorAll(TWEET));
  const focused = articles.find((article) => timeLink(article, page)?.status.id === pageStatus);
  if (!focused) {
    const id = timeLink(post, page)?.status.id;
    return id && id !== pageStatus ? { value: 'reply', by: 'status page, focused post not rendered' } : null;
  }
  if (post !== focused && precedes(focused, post)) {
    return { value: 'reply', by: 'status page, after the focused post' };
  }
  return articles.some((article) => article !== post && precedes(article, post))
    ? { value: 'reply', by: 'status page, below a thread post' }
    : null;
}

export const xAdapter: PlatformAdapter = {
  id: 'x',
  matches: ['*://x.com/*', '*://twitter.com/*', '*://mobile.twitter.com/*'],
  audienceOf: audienceByPath(/^\/(messages|i\/chat)(\/|$)/),
  // A timeline's "Show more" opens the post's status page, which shows the whole text.
  showMoreOpensPost: true,

  matchesPage(url) {
    return isWebUrl(url) && X_HOSTS.has(url.hostname);
  },

  explainNoPost(doc): PageObstacle | null {
    // A deleted, suspended or protected post: X shows an error panel or an empty state instead.
    if (doc.querySelector('[data-testid="error-detail"], [data-testid="emptyState"]'))
      return 'post-unavailable';
    // Logged out: the sign-in sheet or the login and sign-up buttons, and no post rendered.
    const wall = '[data-testid="sheetDialog"], [data-testid="loginButton"], [data-testid="login"]';
    if (doc.querySelector(wall) && !doc.querySelector(TWEET)) return 'login-wall';
    return null;
  },

  findPost(element) {
    const article = element.closest(TWEET);
    if (!article) return null;
    // A right-click inside a quoted post captures the quoted post, unless that "quote" sits in
    // the author's text (only a forged page can do that; X escapes post text).
    let quote: Element | null = null;
    for (let el: Element | null = element; el && el !== article; el = el.parentElement) {
      if (el.matches(TWEET_TEXT)) quote = null;
      else if (!quote && isQuoteBlock(el)) quote = el;
    }
    return quote ?? article;
  },

  extract(post, page) {
    const { foundBy, note } = foundByRecorder();

    const userName = own(post, USER_NAME)[0] ?? null;
    // The name line comes first in User-Name, before the "@handle · time" line.
    const nameLine = userName?.querySelector('div[dir]') ?? null;
    const nameText = nameLine ? readableText(nameLine) : '';
    const name = note('author.name', nameText ? { value: nameText, by: 'User-Name first line' } : null);
    const handle = note('author.handle', readHandle(post, userName, nameLine, page));
    const status = note('permalink', readPermalink(post, handle, page));
    const publishedAt = note('publishedAt', readPublishedAt(post, page));
    // X marks the post's text with its language: the second way when its test id is renamed.
    const textEl =
      own(post, TWEET_TEXT)[0] ?? own(post, 'div[lang][dir="auto"]').find((el) => !userName?.contains(el));
    const article = textEl ? '' : articleText(post);
    // A post with photos only: what its author wrote to describe them is all it says.
    const photos = own(post, 'img').filter((img) => photoUrl(img, page) && !img.closest(VIDEO));
    const described = textEl || article ? '' : imageDescriptions(photos);
    const written =
      note(
        'text',
        textEl
          ? { value: readableText(textEl), by: textEl.matches(TWEET_TEXT) ? 'tweetText' : 'div[lang]' }
          : article
            ? { value: article, by: 'article title and rich text' }
            : described
              ? { value: described, by: 'descriptions of its photos (no text)' }
              : null,
      ) ?? '';
    const text = withPollOptions(written, own(post, POLL_OPTION));
    const media = readMedia(post, status?.id ?? null, page);
    if (media.length > 0) foundBy.media = 'tweetPhoto images and videoPlayer videos';
    const kind = note('kind', readKind(post, userName, page)) ?? 'post';
    foundBy.kind ??= 'default';

    return {
      kind,
      // One canonical form whatever the front-end (twitter.com, mobile.twitter.com) or suffix.
      permalink: status ? `https://x.com/${status.handle}/status/${status.id}` : null,
      author: { handle, name },
      publishedAt,
      text,
      media,
      foundBy,
    };
  },
};

// Cases covering this adapter (test/fixtures/x, run by test/unit/platforms/x.test.ts and the
// Chromium case runner), plus the targeted tests in x.test.ts:
// - tweetyoink--x-tweet-sample--post: focused post with a link card (card image is not media).
// - tweetyoink--x-tweet-quote--quoting / --quoted: a quote post and the quoted post inside it
//   (no time link: permalink from its photo link; handle from its "@handle" text).
// - written--x-status-thread--root / --focused / --reply / --reply-video: status page with a thread
//   above the focused post and replies below; emoji alt text; a video with a blob: source.
// - written--x-home-timeline--photos / --replying-to / --repost: two photos, a "Replying to" line,
//   a repost; written--x-twitter-com--status / --mobile: twitter.com and mobile.twitter.com pages.
// - x.test.ts: hostile text (fake author line, links to other statuses), forged markup in the
//   text, missing fields, reply rules, canonical permalinks.
// - written--x-photo-only--photo, written--x-article--body, written--x-renamed-hooks--photos,
//   written--x-alt-only--photos: a photo without its test id, an X Article, renamed text and no
//   time (second ways), a post of photos with descriptions only.
