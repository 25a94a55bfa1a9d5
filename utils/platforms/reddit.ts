import type { PostKind } from '../model';
import { audienceByPath } from './audience';
import {
  composedParent,
  httpUrl,
  isoDateTime,
  isWebUrl,
  queryOwn,
  readableParagraphs,
  readableText,
} from './dom';
import { type Found, foundByRecorder } from './found';
import { withPollOptions } from './poll';
import { canonical, isRedditHost, thingOf } from './reddit-links';
import { isPost, OLD_THING, own, REDESIGN_POST, USER_CONTENT, USER_TEXT } from './reddit-markup';
import { readMedia } from './reddit-media';
import { isRegionBlock } from './region-block';
import type { PageObstacle, PlatformAdapter } from './types';

// Reddit, in the three layouts it still serves: today's "shreddit" custom elements (their
// attributes carry permalink, author and time), old.reddit's `div.thing[data-*]`, and the 2018–23
// redesign (`data-testid` hooks, comment ids `t1_…`). Hashed class names are never read; old
// reddit's plain class names (`thing`, `tagline`, `usertext-body`) have not changed since 2008.

const USER_LINK = /^\/(?:u|user)\/([A-Za-z0-9_-]{2,20})\/?$/;
// A poll's options on today's Reddit (old reddit shows none: the post's body ends with a "View
// Poll" link to `/poll/<post id>` instead, which is Reddit's placeholder, not the author's words).
const POLL_OPTION = 'shreddit-poll label';
const POLL_PLACEHOLDER = /^\/poll\/[a-z0-9]+\/?$/;
// What Reddit puts in place of the words of a post or comment deleted by its author or removed by
// moderators or by Reddit: markers stored in its data, shown as they are in every language.
const REMOVED_MARKER = /^\[(?:removed|deleted)\]$/;
const POST_BODY = '[slot="text-body"], .expando .usertext-body .md, [data-click-id="text"]';
const COMMENT_BODY = '[slot="comment"], [data-testid="comment"], .usertext-body .md';

const found = <T>(value: T | null | undefined, by: string): Found<T> =>
  value === null || value === undefined || value === '' ? null : { value, by };

/** The full name (`t3_…` post, `t1_…` comment) the element carries. */
function fullName(post: Element): string | null {
  const value = post.getAttribute('thingid') ?? post.getAttribute('data-fullname') ?? post.id;
  return /^t[13]_[a-z0-9]+$/.test(value) ? value : null;
}

function readKind(post: Element): Found<PostKind> {
  const name = fullName(post);
  if (post.localName === 'shreddit-post' || name?.startsWith('t3_'))
    return { value: 'post', by: 'post element' };
  // Reddit itself calls comments under a comment "replies" ("22 more replies").
  const depth = post.getAttribute('depth');
  if (depth !== null && /^\d+$/.test(depth)) {
    return { value: depth === '0' ? 'comment' : 'reply', by: 'depth attribute' };
  }
  const parentId = post.getAttribute('parentid');
  if (parentId) return { value: parentId.startsWith('t1_') ? 'reply' : 'comment', by: 'parentid attribute' };
  for (let up = composedParent(post); up; up = composedParent(up)) {
    if (isPost(up)) return { value: 'reply', by: 'inside another comment' };
  }
  // The 2019 redesign lists all comments flat; a hidden "level N" label tells the depth.
  for (const span of own(post, 'span')) {
    const level = /^level (\d+)$/i.exec(readableText(span))?.[1];
    if (level) return { value: level === '1' ? 'comment' : 'reply', by: '"level" label' };
  }
  return { value: 'comment', by: 'comment element' };
}

function readPermalink(post: Element, kind: PostKind, page: URL): Found<string> {
  const asComment = kind !== 'post';
  const tryLink = (href: string | null | undefined, by: string): Found<string> => {
    const thing = thingOf(href, page);
    return found(thing && canonical(thing, asComment), by);
  };
  const links = asComment
    ? 'a[data-testid="comment_timestamp"], a.bylink[data-event-action="permalink"]'
    : 'a[data-test-id="comments-page-link-num-comments"], a[data-click-id="comments"], a[data-click-id="timestamp"], a[data-click-id="body"], a.bylink.comments';
  const fromLinks = own(post, links)
    .map((a) => tryLink(a.getAttribute('href'), 'permalink link'))
    .find(Boolean);
  const fromAttr =
    tryLink(post.getAttribute('permalink'), 'permalink attribute') ??
    tryLink(post.getAttribute('data-permalink'), 'data-permalink attribute');
  if (fromAttr ?? fromLinks) return fromAttr ?? fromLinks ?? null;
  // No link: the element's own id, on the comments page of its post.
  const name = fullName(post);
  const thing = thingOf(page.href, page);
  if (!name || !thing) return null;
  const id = name.slice(3);
  if (!asComment) return id === thing.post ? found(canonical(thing, false), 'page address') : null;
  const postId = post.getAttribute('postid')?.replace(/^t3_/, '') ?? thing.post;
  return postId === thing.post
    ? found(canonical({ ...thing, comment: id }, true), 'comment id on its page')
    : null;
}

function readAuthor(post: Element, page: URL): Found<string> {
  const attr = post.getAttribute('author') ?? post.getAttribute('data-author');
  if (attr !== null) return found(attr === '[deleted]' ? null : attr, 'author attribute');
  const links = own(
    post,
    'a[data-testid="post_author_link"], a[data-testid="comment_author_link"], a[data-testid="comment_author_icon"], p.tagline a.author, [slot="commentMeta"] a, [slot="credit-bar"] a, [data-adclicklocation="top_bar"] a',
  );
  for (const link of links) {
    const url = httpUrl(link.getAttribute('href'), page);
    const user = url && isRedditHost(url.hostname) ? USER_LINK.exec(url.pathname)?.[1] : null;
    if (user) return { value: user, by: 'user link' };
  }
  return null;
}

function readPublishedAt(post: Element): Found<string> {
  for (const attr of ['created-timestamp', 'created']) {
    const value = isoDateTime(post.getAttribute(attr));
    if (value) return { value, by: `${attr} attribute` };
  }
  for (const el of own(post, 'faceplate-timeago[ts], time[datetime]:not(.edited-timestamp)')) {
    const value = isoDateTime(el.getAttribute('ts') ?? el.getAttribute('datetime'));
    if (value) return { value, by: el.localName === 'time' ? 'time[datetime]' : 'faceplate-timeago[ts]' };
  }
  return null;
}

/** A copy of `body` without old reddit's "View Poll" link (the page itself is never touched). */
function withoutPollPlaceholder(body: Element): Element {
  const copy = body.cloneNode(true) as Element;
  for (const a of copy.querySelectorAll('a[href]')) {
    const url = httpUrl(a.getAttribute('href'), 'https://www.reddit.com/');
    if (url && isRedditHost(url.hostname) && POLL_PLACEHOLDER.test(url.pathname)) a.remove();
  }
  return copy;
}

function readText(post: Element, kind: PostKind): Found<string> {
  const first = (selector: string) => {
    const el = queryOwn(post, selector, isPost)[0];
    return el ? readableParagraphs(withoutPollPlaceholder(el)) : '';
  };
  if (kind !== 'post') return found(first(COMMENT_BODY), 'comment body');
  // A post's title is part of what it says (often all of it), so the text is title then body.
  const title =
    post.getAttribute('post-title')?.trim() ||
    first(
      '[slot="title"], p.title a.title, [data-adclicklocation="title"] h1, [data-adclicklocation="title"] h3, a[data-event-action="title"]',
    );
  const body = first(POST_BODY);
  const text = withPollOptions([title, body].filter(Boolean).join(' '), own(post, POLL_OPTION));
  return found(text, 'title and body');
}

/**
 * Whether the post or comment is Reddit's shell of one deleted or removed: its body is only
 * Reddit's marker. An author shown as "[deleted]" alone is not enough: an account deleted since
 * leaves its posts online.
 */
function isRemovedShell(post: Element): boolean {
  const isPostElement = readKind(post)?.value === 'post';
  const body = queryOwn(post, isPostElement ? POST_BODY : COMMENT_BODY, isPost)[0];
  return !!body && REMOVED_MARKER.test(readableText(body));
}

/** Whether the page's post (not a comment) is a removed shell: the page of a post gone. */
const showsRemovedPost = (doc: Document) =>
  [...doc.querySelectorAll(`shreddit-post, ${OLD_THING}, ${REDESIGN_POST}`)].some(
    (post) => readKind(post)?.value === 'post' && isRemovedShell(post),
  );

export const redditAdapter: PlatformAdapter = {
  id: 'reddit',
  // `*.reddit.com` also matches reddit.com itself: www., old., new., np., sh. front-ends.
  matches: ['*://*.reddit.com/*'],
  audienceOf: audienceByPath(/^\/(message|chat)(\/|$)/),

  matchesPage(url) {
    return isWebUrl(url) && isRedditHost(url.hostname);
  },

  findPost(element) {
    // The nearest post or comment, unless it sits inside someone's text (only a forged page can
    // do that: Reddit escapes what users write).
    let candidate: Element | null = null;
    for (let el: Element | null = element; el; el = composedParent(el)) {
      if (el.matches(USER_TEXT)) candidate = null;
      else if (!candidate && isPost(el)) candidate = el;
    }
    return candidate;
  },

  explainNoPost(doc): PageObstacle | null {
    // The mature-content gates ask logged-out visitors to log in (shreddit) or confirm (old).
    const wall =
      'xpromo-nsfw-blocking-container, xpromo-nsfw-blocking-modal, xpromo-nsfw-blocking-modal-desktop, [bundlename="nsfw_blocking_modal"], [bundlename="desktop_rpl_nsfw_blocking_modal"], button[name="over18"]';
    if (doc.querySelector(wall)) return 'login-wall';
    // The block page answered (403 or 451) for a post or community withheld in the viewer's country.
    if (isRegionBlock(doc.body, USER_CONTENT)) return 'region-blocked';
    // Old reddit's "page not found" picture, or a post page whose post Reddit emptied.
    return doc.querySelector('#classy-error') || showsRemovedPost(doc) ? 'post-unavailable' : null;
  },

  isRemovedShell,

  extract(post, page) {
    const { foundBy, note } = foundByRecorder();
    const kind = note('kind', readKind(post)) ?? 'post';
    const media = readMedia(post, page);
    if (media.length > 0) foundBy.media = 'post images and players';
    return {
      kind,
      permalink: note('permalink', readPermalink(post, kind, page)),
      // Reddit shows the username only; it has no display name beside it.
      author: { handle: note('author.handle', readAuthor(post, page)), name: null },
      publishedAt: note('publishedAt', readPublishedAt(post)),
      text: note('text', readText(post, kind)) ?? '',
      media,
      foundBy,
    };
  },
};

// Cases covering this adapter (test/fixtures/reddit, run by test/unit/platforms/reddit.test.ts and
// the Chromium case runner), plus the targeted tests in reddit.test.ts:
// - postlight-parser--www.reddit.com--title-only-2019--post / --comment: real 2019 redesign page.
// - written--reddit-shreddit-post--post / --comment / --reply: today's shreddit post page, a
//   comment and a nested reply with a picture.
// - written--reddit-shreddit-feed--image / --gallery / --link: a subreddit feed (blurred backdrop
//   not counted twice, three gallery pictures, a link post's preview is not media).
// - written--reddit-old-comments--post / --comment / --reply: old.reddit comments page.
// - reddit.test.ts: every front-end host, comment vs post targets, shadow DOM targets, missing
//   fields, login wall, hostile text and forged markup, Reddit markup on another host.
// - written--reddit-old-listing--* and -renamed--image-link: old reddit link posts to a picture
//   (media) and to a page (preview), then without data-permalink and the title class.
// - written--reddit-shreddit-poll--option, written--reddit-old-poll--post: a poll on today's
//   Reddit (options are text) and on old reddit (no options shown, its "View Poll" link left out).
