import { audienceByPath } from './audience';
import { isoDateTime, isWebUrl, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import { isRegionBlock } from './region-block';
import type { PageObstacle, PlatformAdapter } from './types';
import { readKind } from './x-kind';
import {
  isQuoteBlock,
  MEDIA_LINK_PATH,
  own,
  PHOTO,
  PROFILE_PATH,
  profileOf,
  type Status,
  statusOf,
  TWEET,
  TWEET_TEXT,
  timeLink,
  USER_NAME,
  VIDEO,
  X_HOSTS,
} from './x-markup';
import { readMedia } from './x-media';
import { readText } from './x-text';

// X (Twitter): who wrote a post, its permalink and date, and the adapter. Its markup, media, text
// and reply rules are read in x-markup.ts, x-media.ts, x-text.ts and x-kind.ts.

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
    // A post or account withheld in the viewer's country: X's notice in the column, not a post.
    const column = doc.querySelector('[data-testid="primaryColumn"]') ?? doc.body;
    if (isRegionBlock(column, TWEET)) return 'region-blocked';
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
    const text = note('text', readText(post, userName, page)) ?? '';
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
