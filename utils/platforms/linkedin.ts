import { audienceByPath } from './audience';
import { collapseWhitespace, httpUrl, isoDateTime, isWebUrl, outermost, queryOwn, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import { COMMENT_2026, comment2026Around, extractComment2026 } from './linkedin-comment-2026';
import { extractFeedPost, FEED_POST_2026 } from './linkedin-feed-2026';
import {
  COMMENT_URN,
  commentPermalink,
  feedshareUrl,
  POST_URN,
  type PostUrn,
  profileSlugOf,
  updatePermalink,
  updateUrnOf,
} from './linkedin-urls';
import type { ExtractedPost, PlatformAdapter } from './types';

// LinkedIn. Two layouts are read, both through LinkedIn's BEM-like class names and data attributes,
// which stay stable across deploys (its utility classes, such as `t-14` or `mr2`, are never read):
// - signed in (feed and /feed/update/ pages): `div.feed-shared-update-v2[data-urn]`, the
//   `update-components-*` parts, comments `article[data-id^="urn:li:comment:"]`;
// - public post pages seen signed out (/posts/…): `article[data-activity-urn]`, `data-test-id`
//   hooks, comments `section.comment`, and the page's JSON-LD (the only machine-readable dates).
// The signed-in feed of 2026 is read apart, in `linkedin-feed-2026.ts`: generated class names,
// posts as list items keyed by `componentkey`, and neither post URN nor machine-readable date.

const LINKEDIN_HOSTS = new Set(['linkedin.com', 'www.linkedin.com']);
const POST = `div.feed-shared-update-v2, article[data-activity-urn], article.main-feed-activity-card, ${FEED_POST_2026}`;
const COMMENT =
  'article[data-id^="urn:li:comment:"], article.comments-comment-entity, article.comments-comment-item, section.comment';
// A post shared inside another one.
const NESTED_POST =
  '.update-components-mini-update-v2, .feed-shared-mini-update-v2, [data-test-id="feed-reshare-content"]';
const TEXT = '.update-components-text, [data-test-id="main-feed-activity-card__commentary"], .comment__text';

function isBoundary(el: Element): boolean {
  return el.matches(TEXT) || el.matches(COMMENT) || el.matches(POST) || el.matches(NESTED_POST);
}

const own = (root: Element, selector: string) => queryOwn(root, selector, isBoundary);

/** LinkedIn prints a name twice: once for the eye (`aria-hidden`), once for screen readers. */
function visibleText(el: Element): string {
  const shown = el.querySelector('[aria-hidden="true"]');
  return collapseWhitespace(readableText(shown && readableText(shown) ? shown : el));
}

function readAuthor(root: Element, links: string, names: string, page: URL) {
  let handle: Found<string> = null;
  for (const link of own(root, links)) {
    const slug = profileSlugOf(link.getAttribute('href'), page);
    if (slug) {
      handle = { value: slug, by: 'actor profile link' };
      break;
    }
  }
  const nameEl = own(root, names).find((el) => visibleText(el));
  const name: Found<string> = nameEl ? { value: visibleText(nameEl), by: 'actor name' } : null;
  return { handle, name };
}

/** The post's URN: its own data-urn, a wrapper's data-id, or the public page's data-activity-urn. */
function readPostUrn(post: Element): Found<PostUrn> {
  const candidates: [string | null | undefined, string][] = [
    [post.getAttribute('data-urn'), 'data-urn'],
    [post.getAttribute('data-activity-urn'), 'data-activity-urn'],
    [post.closest('[data-id^="urn:li:"]')?.getAttribute('data-id'), 'data-id of the wrapper'],
  ];
  for (const [urn, by] of candidates) {
    const match = POST_URN.exec(urn ?? '');
    if (match?.[1] && match[2]) return { value: { type: match[1], id: match[2] }, by };
  }
  // Second way, when the attributes are renamed: the post's own link (its date links to it).
  for (const a of own(post, 'a[href*="/feed/update/"]')) {
    const urn = updateUrnOf(a.getAttribute('href'), new URL(post.ownerDocument.URL));
    if (urn) return { value: urn, by: 'own /feed/update/ link' };
  }
  return null;
}

/** JSON-LD objects of the page (public post pages describe the post and its first comments). */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const graph = (data as { '@graph'?: unknown })?.['@graph'];
      for (const item of [data, ...(Array.isArray(graph) ? graph : [])].flat()) {
        if (item && typeof item === 'object') out.push(item as Record<string, unknown>);
      }
    } catch {
      // Not JSON: nothing to read.
    }
  }
  return out;
}

function readMedia(root: Element, page: URL): ExtractedPost['media'] {
  const media: ExtractedPost['media'] = [];
  for (const el of own(root, 'img, video')) {
    if (el.localName === 'video') {
      const url = httpUrl(el.getAttribute('src'), page) ?? httpUrl(el.getAttribute('poster'), page);
      media.push({ type: 'video', url: url?.href ?? '' });
      continue;
    }
    const url = feedshareUrl(el, page);
    if (url) media.push({ type: 'image', url: url.href });
  }
  return media;
}

function extractPost(post: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const author = readAuthor(
    post,
    '.update-components-actor__meta-link, .update-components-actor__container-link, .update-components-actor__image, [data-test-id="main-feed-activity-card__entity-lockup"] a[href]',
    '.update-components-actor__title, .update-components-actor__name, [data-test-id="main-feed-activity-card__entity-lockup"] a[data-tracking-control-name$="feed-actor-name"]',
    page,
  );
  const handle = note('author.handle', author.handle);
  const name = note('author.name', author.name);
  const urn = note('permalink', readPostUrn(post));
  const textEl = own(post, TEXT)[0];
  const permalink = urn ? updatePermalink(urn) : null;
  // A public post page's JSON-LD names the post by its /posts/…-activity-<id>-… address.
  const described = urn
    ? jsonLd(post.ownerDocument).find((item) =>
        [item['@id'], item.url, item.mainEntityOfPage].some(
          (ref) => typeof ref === 'string' && new RegExp(`activity[-:]${urn.id}(?:\\D|$)`).test(ref),
        ),
      )
    : undefined;
  const publishedAt = isoDateTime(
    typeof described?.datePublished === 'string' ? described.datePublished : null,
  );
  const media = readMedia(post, page);
  if (publishedAt) foundBy.publishedAt = 'JSON-LD datePublished of the post';
  if (textEl) foundBy.text = 'commentary';
  if (media.length > 0) foundBy.media = 'feedshare images and videos';
  foundBy.kind = 'post container';
  return {
    kind: 'post',
    permalink,
    author: { handle, name },
    publishedAt,
    text: textEl ? readableText(textEl) : '',
    media,
    foundBy,
  };
}

function commentUrnOf(comment: Element): RegExpExecArray | null {
  const urn =
    comment.getAttribute('data-id') ??
    own(comment, '[data-semaphore-content-urn^="urn:li:comment:"]')[0]?.getAttribute(
      'data-semaphore-content-urn',
    );
  return COMMENT_URN.exec(urn ?? '');
}

/** LinkedIn's own link to a comment, from its URN (and, for a reply, that of the comment it answers). */
function commentLink(comment: Element, parent: Element | null): string | null {
  const self = commentUrnOf(comment);
  const top = parent ? commentUrnOf(parent) : null;
  if (!self || (parent && !top)) return null;
  return commentPermalink(self, top);
}

function extractComment(comment: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const parent = comment.parentElement?.closest(COMMENT) ?? null;
  const author = readAuthor(
    comment,
    '.comments-comment-meta__description-container, .comments-comment-meta__image-link, .comments-post-meta__actor-link, a.comment__author, .comments-comment-meta__actor a[href]',
    '.comments-comment-meta__description-title, .comments-post-meta__name-text, a.comment__author',
    page,
  );
  const handle = note('author.handle', author.handle);
  const name = note('author.name', author.name);
  const textEl = own(
    comment,
    '.comments-comment-item__main-content, .update-components-text, .comment__text',
  )[0];
  const text = textEl ? readableText(textEl) : '';
  const permalink = commentLink(comment, parent);
  // Public post pages list their first comments in JSON-LD, without ids: a date is taken only when
  // exactly one entry has this author and this text.
  const entries = jsonLd(comment.ownerDocument).flatMap((item) =>
    Array.isArray(item.comment) ? item.comment : [],
  );
  const matching = entries.filter(
    (entry: { text?: unknown; author?: { name?: unknown } }) =>
      typeof entry?.text === 'string' &&
      collapseWhitespace(entry.text) === text &&
      collapseWhitespace(String(entry.author?.name ?? '')) === name,
  );
  const publishedAt =
    matching.length === 1 && text ? isoDateTime(String(matching[0]?.datePublished ?? '')) : null;
  if (permalink) foundBy.permalink = 'comment URN';
  if (publishedAt) foundBy.publishedAt = 'JSON-LD comment with this author and text';
  if (textEl) foundBy.text = 'comment content';
  foundBy.kind = parent ? 'comment inside a comment' : 'comment';
  return {
    kind: parent || comment.matches('.comments-comment-entity--reply') ? 'reply' : 'comment',
    permalink,
    author: { handle, name },
    publishedAt,
    text,
    media: readMedia(comment, page),
    foundBy,
  };
}

export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  matches: ['*://linkedin.com/*', '*://www.linkedin.com/*'],
  audienceOf: audienceByPath(/^\/messaging(\/|$)/),

  matchesPage(url) {
    return isWebUrl(url) && LINKEDIN_HOSTS.has(url.hostname);
  },

  findPost(element) {
    // The outermost post, then the outermost comment inside it that is not in free text: markup
    // forged inside a post's text is only words.
    const post = outermost(element, POST);
    if (post?.matches(FEED_POST_2026)) return comment2026Around(element, post) ?? post;
    let comment: Element | null = null;
    for (let el: Element | null = element; el && el !== post; el = el.parentElement) {
      if (el.matches(TEXT)) comment = null;
      else if (el.matches(COMMENT) && (el.getAttribute('data-id') || el.querySelector(TEXT)))
        comment = comment ?? el;
    }
    return comment ?? post;
  },

  explainNoPost(doc) {
    const path = doc.location?.pathname ?? '';
    if (/^\/(?:authwall|login|uas\/login|checkpoint|signup)/.test(path)) return 'login-wall';
    if (doc.querySelector('form.authwall-join-form, .authwall-sign-in-form, [data-test-id="authwall"]'))
      return 'login-wall';
    // A /feed/update/ page whose post is gone shows LinkedIn's empty state instead.
    return /^\/(?:feed\/update|posts)\//.test(path) && doc.querySelector('.artdeco-empty-state')
      ? 'post-unavailable'
      : null;
  },

  extract(post, page) {
    if (post.matches(COMMENT)) return extractComment(post, page);
    if (post.matches(COMMENT_2026)) return extractComment2026(post, page);
    return post.matches(FEED_POST_2026) ? extractFeedPost(post, page) : extractPost(post, page);
  },
};

// Cases covering this adapter (test/fixtures/linkedin, run by test/unit/platforms/linkedin.test.ts
// and the Chromium case runner), plus the targeted tests in linkedin.test.ts:
// - written--linkedin-feed--post-image / --comment / --reply / --company-link-preview /
//   --update-page: signed-in feed; a post with a picture, a comment and its reply, a company post
//   whose text imitates an actor line and links a profile and a post (link preview: not media),
//   the same feed served at linkedin.com/feed/update/… with tracking parameters.
// - written--linkedin-public-post--post / --comment: public post page (dates from JSON-LD).
// - linkedin.test.ts: hosts, URN forms, comment links, JSON-LD matching, forged markup in the
//   text, missing fields, explainNoPost.
// - written--linkedin-feed-2026--* and -2026-renamed--update-page: the 2026 feed markup
//   (linkedin-feed-2026.ts), with the text's test id renamed on a post's own page.
