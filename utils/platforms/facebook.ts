import type { PostKind } from '../model';
import { audienceByPath } from './audience';
import {
  findInPageJson,
  httpUrl,
  isoDateTime,
  isWebUrl,
  queryOwn,
  readableText,
  readableTextExcept,
} from './dom';
import { type Found, foundByRecorder } from './found';
import { isRegionBlock } from './region-block';
import type { ExtractedPost, PlatformAdapter } from './types';
import { isUnavailablePage } from './unavailable-page';

// Facebook, in both markups a page may still be saved in: the 2018 "hyperfeed" (div[role=article],
// h5 author line, abbr[data-utime], div.userContent) and today's Comet UI, whose class names are
// hashed; Comet is read through ARIA (role=article, aria-labelledby), data-ad-* rendering roles,
// div[dir=auto] text blocks and above all the URL patterns of its links.

const FB_HOST = /^(?:www\.|m\.|mbasic\.|web\.|touch\.)?facebook\.com$/;
// A feed story or a comment. Comet feed stories may carry only aria-posinset or aria-labelledby and
// aria-describedby (author, then time and message), without a role.
const ARTICLE =
  '[role="article"], div[aria-posinset][aria-labelledby], div[aria-labelledby][aria-describedby]:not([role])';
const PARAGRAPH_BLOCK = 'div[dir="auto"][style*="text-align"]';
// The author's own words, most specific first: markup there is user content, never structure.
const MESSAGES = [
  '[data-ad-rendering-role="story_message"]',
  '[data-ad-comet-preview="message"]',
  '[data-ad-preview="message"]',
  '[data-testid="post_message"]',
  '.userContent',
  PARAGRAPH_BLOCK,
];
const MESSAGE = MESSAGES.join(', ');
const JSON_SCRIPTS = 'script[type="application/json"]';
const STORY_MARKS = '[data-ad-rendering-role], [data-ad-comet-preview], [data-ad-preview], .userContent';
// A post's own link, best first: its permalink, then a video or reel, then a photo it shows.
const LINK_RANKS = ['post', 'video', 'photo'] as const;
// The link forms of each rank, with the query parameter holding the id (else the last path segment).
const LINK_FORMS: [RegExp, (typeof LINK_RANKS)[number], string][] = [
  [/^\/(?:permalink|story)\.php$/, 'post', 'story_fbid'],
  [/^\/(?:groups\/[^/]+\/(?:posts|permalink)|[^/]+\/posts)\/[^/]+\/?$/, 'post', ''],
  [/^\/(?:[^/]+\/videos\/(?:[^/]+\/)?\d+|reel\/\d+)\/?$/, 'video', ''],
  [/^\/watch\/?$/, 'video', 'v'],
  [/^\/photo(?:\.php)?\/?$/, 'photo', 'fbid'],
  [/^\/[^/]+\/photos\/(?:[^/]+\/)?\d+\/?$/, 'photo', ''],
];
// Identify the post or comment; every other parameter (__cft__, __tn__, refid, hc_ref…) tracks.
const KEPT_PARAMS = ['story_fbid', 'id', 'fbid', 'v', 'comment_id', 'reply_comment_id'];
// First path segments that are Facebook's own sections, not accounts.
const NOT_PROFILES = new Set(
  `groups pages watch reel reels photo photos videos hashtag events marketplace gaming stories ads business
  help login privacy policies settings notifications messages friends bookmarks search share sharer ufi
  ajax shares media saved memories live fundraisers places`.split(/\s+/),
);

interface PostLink {
  href: string;
  rank: (typeof LINK_RANKS)[number];
  id: string;
  commentId: string | null;
  isReply: boolean;
}

/** What a Facebook link points to, as a canonical www. link, or null when not a post or comment. */
function postLinkOf(href: string | null, page: URL): PostLink | null {
  // "#" stands for the page itself: a control, not a link to the post.
  const url = href?.trim().startsWith('#') ? null : httpUrl(href, page);
  if (!url || !FB_HOST.test(url.hostname)) return null;
  const path = url.pathname;
  const q = (name: string) => url.searchParams.get(name);
  const form = LINK_FORMS.find(([pattern]) => pattern.test(path));
  const id = form && (form[2] ? q(form[2]) : path.split('/').filter(Boolean).pop());
  if (!form || !id) return null;
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (KEPT_PARAMS.includes(name)) kept.append(name, value);
  const query = kept.toString();
  const commentId = q('reply_comment_id') ?? q('comment_id');
  const canonical = `https://www.facebook.com${path}${query ? `?${query}` : ''}`;
  return { href: canonical, rank: form[1], id, commentId, isReply: q('reply_comment_id') !== null };
}

/** The account a link opens: its vanity name, or its numeric id where it has none. */
function profileOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  if (!url || !FB_HOST.test(url.hostname)) return null;
  const path = url.pathname;
  if (path === '/profile.php') return /^\d+$/.exec(url.searchParams.get('id') ?? '')?.[0] ?? null;
  const numbered = /^\/(?:groups\/[^/]+\/user|people\/[^/]+|pages\/[^/]+)\/(\d+)\/?$/.exec(path)?.[1];
  if (numbered) return numbered;
  const vanity = /^\/([A-Za-z0-9.-]{1,80})\/?$/.exec(path)?.[1];
  return vanity && !NOT_PROFILES.has(vanity.toLowerCase()) && !vanity.endsWith('.php') ? vanity : null;
}

// Nested articles are comments (or the post around a comment); messages hold the user's markup.
const isBoundary = (el: Element) => el.matches(ARTICLE) || el.matches(MESSAGE);
const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);

function ownPostLinks(post: Element, page: URL): { a: Element; link: PostLink }[] {
  return own(post, 'a[href]').flatMap((a) => {
    const link = postLinkOf(a.getAttribute('href'), page);
    return link ? [{ a, link }] : [];
  });
}

/**
 * Whether an article is a comment: its own post links all name a comment (a story's own links
 * never do: its comments are nested articles), else it is an article inside another one, unless it
 * carries a feed story's marks (aria-posinset, data-ad-* roles, 2018's userContent).
 */
function isComment(post: Element, page: URL): boolean {
  const links = ownPostLinks(post, page);
  if (links.length > 0 && links.every(({ link }) => link.commentId)) return true;
  if (post.hasAttribute('aria-posinset') || own(post, STORY_MARKS).length > 0) return false;
  return !!post.parentElement?.closest(ARTICLE);
}

function readAuthor(post: Element, page: URL): { name: Found<string>; handle: Found<string> } {
  const profile = (a: Element) => profileOf(a.getAttribute('href'), page);
  const named = (root: Element) =>
    queryOwn(root, 'a[href]', isBoundary).find((a) => profile(a) && readableText(a));
  // An id may point anywhere in the page; only an element of this post, outside its text, counts.
  const labels = (post.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const sources: [Element | null | undefined, string][] = [
    [own(post, '[id]').find((el) => labels.includes(el.id) && !isBoundary(el)), 'aria-labelledby'],
    [own(post, '[data-ad-rendering-role="profile_name"]')[0], 'profile_name'],
    [own(post, 'h2, h3, h4, h5, h6').find(named), 'heading'],
    [post, 'article'],
  ];
  for (const [root, by] of sources) {
    const link = root ? named(root) : undefined;
    const handle = link ? profile(link) : null;
    if (link && handle) {
      const name = { value: readableText(link), by: `${by}: profile link text` };
      return { name, handle: { value: handle, by: `${by}: profile link address` } };
    }
  }
  const handle = own(post, 'a[href]').map(profile).find(Boolean);
  return { name: null, handle: handle ? { value: handle, by: 'first profile link address' } : null };
}

/** The post's own link: the one around its time, else its best-ranked post link in page order. */
function readPermalink(post: Element, page: URL, comment: boolean): Found<PostLink> {
  // A comment's own link names the comment; a story's links with a comment_id are its comments'.
  const links = ownPostLinks(post, page).filter(({ link }) => !!link.commentId === comment);
  const timed = links.find(({ a }) => a.querySelector('abbr[data-utime], time[datetime]'));
  if (timed) return { value: timed.link, by: 'link around own time' };
  for (const rank of LINK_RANKS) {
    const found = links.find(({ link }) => link.rank === rank);
    if (found) return { value: found.link, by: `own ${rank} link${comment ? ' with comment_id' : ''}` };
  }
  // A permalink page shows its post first; there the address is the post's own link.
  const pageLink = postLinkOf(page.href, page);
  const first = post.ownerDocument.querySelector(ARTICLE);
  if (!comment && pageLink && !pageLink.commentId && first === post) {
    return { value: pageLink, by: 'page address' };
  }
  return null;
}

/** The time the page's JSON gives the object with this post's or comment's id (or url). */
function timeFromPageJson(post: Element, link: PostLink): string | null {
  // Comet links name a comment by base64 "comment:<post>_<comment>", its JSON by the number.
  const coded = link.commentId && !/^\d+$/.test(link.commentId) ? link.commentId : null;
  let commentId = link.commentId;
  try {
    if (coded) commentId = /^comment:\d+_(\d+)$/.exec(atob(coded))?.[1] ?? null;
  } catch {
    commentId = null;
  }
  const seconds = (obj: Record<string, unknown> | null) => obj?.creation_time ?? obj?.created_time;
  const found = findInPageJson(post.ownerDocument, JSON_SCRIPTS, commentId ?? link.id, (obj) => {
    const sameUrl =
      typeof obj.url === 'string' && postLinkOf(obj.url, new URL(link.href))?.href === link.href;
    const sameId = link.commentId ? obj.legacy_fbid === commentId : obj.post_id === link.id;
    return typeof seconds(obj) === 'number' && (sameUrl || sameId);
  });
  return found ? new Date((seconds(found) as number) * 1000).toISOString() : null;
}

function readPublishedAt(post: Element, link: PostLink | null): Found<string> {
  const utime = own(post, 'abbr[data-utime]').map((abbr) => Number(abbr.getAttribute('data-utime')));
  const seconds = utime.find((value) => Number.isSafeInteger(value) && value > 0);
  if (seconds) return { value: new Date(seconds * 1000).toISOString(), by: 'abbr[data-utime]' };
  const time = own(post, 'time[datetime]')
    .map((el) => isoDateTime(el.getAttribute('datetime')))
    .find(Boolean);
  if (time) return { value: time, by: 'own time[datetime]' };
  const fromJson = link ? timeFromPageJson(post, link) : null;
  return fromJson ? { value: fromJson, by: 'page JSON for this id' } : null;
}

const NOT_TEXT = '[role="button"], button, ul, abbr, time, svg, img, [aria-hidden="true"]';
// Paragraphs of a message: Comet's text blocks, 2018's <p>. Read one by one, so they stay words apart.
const PARAGRAPH = `${PARAGRAPH_BLOCK}, p`;

function readText(post: Element, page: URL, comment: boolean, author: string | null): Found<string> {
  // "See more" and similar controls sit inside the message.
  const skip = (el: Element) => el.matches('[role="button"], button');
  for (const selector of MESSAGES) {
    // One message a story (a shared story's own message comes after it); paragraphs may be many.
    const found = own(post, selector);
    const blocks = (selector === PARAGRAPH_BLOCK ? found : found.slice(0, 1)).flatMap((block) => {
      const paragraphs = queryOwn(block, PARAGRAPH, (el) => el.matches(PARAGRAPH));
      return paragraphs.length > 0 ? paragraphs : [block];
    });
    const text = blocks.map((el) => readableTextExcept(el, skip)).join(' ');
    if (text.trim()) return { value: text.trim(), by: selector };
  }
  if (!comment) return null;
  // A comment in a markup without text blocks: all it shows but its author's name, its time link,
  // its action bar, controls, avatars and its replies.
  const rest = readableTextExcept(post, (el) => {
    const href = el.matches('a[href]') ? el.getAttribute('href') : null;
    const isName = href !== null && !!profileOf(href, page) && readableText(el) === author;
    return isName || !!postLinkOf(href, page) || el.matches(`${NOT_TEXT}, ${ARTICLE}`);
  });
  return rest ? { value: rest, by: 'comment without author line, time link and actions' } : null;
}

function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  return own(post, 'video, img').flatMap((el): ExtractedPost['media'] => {
    const url = httpUrl(el.getAttribute('src'), page) ?? httpUrl(el.getAttribute('poster'), page);
    // Facebook streams from blob: URLs; an empty URL keeps the count when no poster is given.
    if (el.localName === 'video') return [{ type: 'video', url: url?.href ?? '' }];
    // Photos of a post open the photo viewer; avatars, previews and poster frames do not.
    const link = el.closest('a[href]');
    const isPhoto =
      link && post.contains(link) && postLinkOf(link.getAttribute('href'), page)?.rank === 'photo';
    return url && isPhoto ? [{ type: 'image', url: url.href }] : [];
  });
}

export const facebookAdapter: PlatformAdapter = {
  id: 'facebook',
  matches: ['', 'www.', 'm.', 'mbasic.', 'web.'].map((sub) => `*://${sub}facebook.com/*`),
  audienceOf: audienceByPath(/^\/(messages|t)(\/|$)/),

  matchesPage(url) {
    return isWebUrl(url) && FB_HOST.test(url.hostname);
  },

  findPost(element) {
    // The innermost article (a comment before its post), unless it sits inside someone's text.
    let found: Element | null = null;
    for (let el: Element | null = element; el; el = el.parentElement) {
      if (el.matches(MESSAGE)) found = null;
      else if (!found && el.matches(ARTICLE)) found = el;
    }
    return found;
  },

  explainNoPost(doc) {
    // Meta's notice in the page's main column, outside any story or comment.
    const main = doc.querySelector('[role="main"]') ?? doc.body;
    if (isRegionBlock(main, ARTICLE)) return 'region-blocked';
    // Facebook's login form has named its fields "email" and "pass" in every layout since 2008.
    const form = doc.querySelector('form input[name="pass"]')?.closest('form');
    if (form?.querySelector('input[name="email"]')) return 'login-wall';
    // "This content isn't available right now" in place of the story; the same words inside a
    // story (a share of a post gone since) are that story's, not the page's.
    return isUnavailablePage('facebook', main, ARTICLE) ? 'post-unavailable' : null;
  },

  extract(post, page) {
    const { foundBy, note } = foundByRecorder();
    const author = readAuthor(post, page);
    const name = note('author.name', author.name);
    const handle = note('author.handle', author.handle);
    const comment = isComment(post, page);
    const link = note('permalink', readPermalink(post, page, comment));
    const publishedAt = note('publishedAt', readPublishedAt(post, link));
    const text = note('text', readText(post, page, comment, name)) ?? '';
    const media = readMedia(post, page);
    if (media.length > 0) foundBy.media = 'videos and images in photo links';
    const kind: Found<PostKind> = link?.isReply
      ? { value: 'reply', by: 'permalink with reply_comment_id' }
      : link?.commentId || comment
        ? { value: 'comment', by: link?.commentId ? 'permalink with comment_id' : 'article inside a post' }
        : { value: 'post', by: 'default' };
    note('kind', kind);
    const permalink = link?.href ?? null;
    return { kind: kind.value, permalink, author: { handle, name }, publishedAt, text, media, foundBy };
  },
};

// Cases covering this adapter (test/fixtures/facebook, run by facebook.test.ts and the case runner):
// - propublica-fbpa--timeline--post / --timeline-ad--post: real 2018 hyperfeed stories (abbr
//   data-utime in the permalink link; a sponsored video whose permalink is its comments link).
// - written--facebook-comet-feed--*: Comet feed with a page post and two photos, a group post with a
//   video, a comment and a reply (comment_id / reply_comment_id links, tracking parameters).
// - written--facebook-comet-permalink--*: permalink.php page, times from the page's JSON.
// - facebook.test.ts: m./mbasic./web. hosts, hostile text, forged markers, login wall, missing fields.
