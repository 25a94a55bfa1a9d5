import type { PostKind } from '../model';
import { audienceByPath } from './audience';
import {
  httpUrl,
  imageDescriptions,
  isoDateTime,
  isWebUrl,
  precedes,
  queryOwn,
  readableParagraphs,
  readableText,
} from './dom';
import { type Found, foundByRecorder } from './found';
import { withPollOptions } from './poll';
import type { ExtractedPost, PageObstacle, PlatformAdapter } from './types';

// Mastodon's web app, on any instance. Its class names are stable BEM names written by hand
// (`status__content`, `display-name__account`), not hashes, and every status carries `data-id`.
// Also read: the server-rendered pages of Mastodon 3 (microformats, absolute time links) and the
// status page's own OpenGraph data.

// Big instances are recognised by host; any other shows itself by its markup (see `isMastodonApp`).
const INSTANCES = (
  'mastodon.social mastodon.online mstdn.social mas.to fosstodon.org piaille.fr mamot.fr ' +
  'framapiaf.org mastodon.world hachyderm.io infosec.exchange chaos.social'
).split(' ');
// Hosts of other platforms: their pages are never taken for a Mastodon app, whatever they contain.
const OTHER_PLATFORMS =
  /(^|\.)(x\.com|twitter\.com|facebook\.com|instagram\.com|youtube\.com|tiktok\.com|reddit\.com|bsky\.app|linkedin\.com|threads\.net|threads\.com)$/;

const STATUS = '.status, .detailed-status';
// Inside these: someone else's status (a quote) or what the author wrote (any markup there is text).
const USER_TEXT = '.status__content, .e-content, .content-warning';
const isNested = (el: Element) => el.matches(`${STATUS}, .status__quote`);
const isBoundary = (el: Element) => isNested(el) || el.matches(USER_TEXT);
const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);

const ACCT_PATH = /^\/@([A-Za-z0-9_.-]+)(?:@([A-Za-z0-9.-]+\.[A-Za-z]{2,}))?(?:\/(\d{1,20}))?\/?$/;
const USERS_PATH = /^\/users\/([A-Za-z0-9_.-]+)\/statuses\/(\d{1,20})\/?$/;
const ACCT_TEXT = /^@?([A-Za-z0-9_.-]+)(?:@([A-Za-z0-9.-]+\.[A-Za-z]{2,}))?$/;

function isMastodonApp(doc: Document): boolean {
  const mount = doc.querySelector('#mastodon[data-props]');
  const appName = doc.querySelector('meta[name="application-name"]')?.getAttribute('content');
  return (
    mount !== null &&
    (doc.body?.classList.contains('app-body') === true ||
      doc.querySelector('script#initial-state') !== null ||
      appName === 'Mastodon')
  );
}

interface Link {
  user: string;
  domain: string | null;
  id: string | null;
  url: URL;
}

/** A link to an account or a status: `/@user`, `/@user@domain/<id>`, `/users/user/statuses/<id>`. */
function linkOf(href: string | null | undefined, page: URL): Link | null {
  const url = httpUrl(href, page);
  if (!url) return null;
  const m = ACCT_PATH.exec(url.pathname);
  if (m?.[1]) return { user: m[1], domain: m[2]?.toLowerCase() ?? null, id: m[3] ?? null, url };
  const u = USERS_PATH.exec(url.pathname);
  return u?.[1] ? { user: u[1], domain: null, id: u[2] ?? null, url } : null;
}

/** `user@instance`. A local account's acct has no domain: it lives on the instance showing it. */
function readHandle(post: Element, page: URL): Found<string> {
  const link = own(
    post,
    'a.status__display-name[href], a.detailed-status__display-name[href], a[title^="@"][href]',
  )
    .map((a) => linkOf(a.getAttribute('href'), page))
    .find((l) => l && !l.id);
  const accountText = own(post, '.display-name__account')[0];
  const text = ACCT_TEXT.exec(accountText ? readableText(accountText).replace(/\s/g, '') : '');
  // A Mastodon 3 page links a remote account by its own address: its host is the domain.
  const linkDomain = link ? (link.domain ?? (link.url.host !== page.host ? link.url.hostname : null)) : null;
  if (link && linkDomain) return { value: `${link.user}@${linkDomain}`, by: 'account link' };
  // Mastodon 4.3 writes the local domain out in the handle line (it may differ from the web host).
  if (text?.[1] && text[2] && (!link || link.user === text[1])) {
    return { value: `${text[1]}@${text[2].toLowerCase()}`, by: 'display-name__account' };
  }
  const user = link?.user ?? text?.[1];
  return user
    ? { value: `${user}@${page.hostname}`, by: link ? 'local account link' : 'local handle text' }
    : null;
}

/**
 * The status's address on its home instance. Mastodon 4 links every status to the instance
 * showing it (`/@user@home/<local id>`): for a local account that is home, for a remote one the
 * home instance's own id is not on the page, so the address stays on this instance (it opens and
 * redirects there). Mastodon 3 and the logged-out pages link to the home address itself.
 */
function readPermalink(post: Element, handle: string | null, page: URL): Found<string> {
  const timeLinks = [
    ...own(post, 'a.status__relative-time[href], a.detailed-status__datetime[href]'),
    ...own(post, 'time').map((time) => time.closest('a[href]')),
  ];
  for (const a of timeLinks) {
    if (!a || !post.contains(a)) continue;
    const link = linkOf(a.getAttribute('href'), page);
    if (!link?.id) continue;
    if (link.url.host !== page.host) {
      return {
        value: `https://${link.url.host}/@${link.user}/${link.id}`,
        by: 'time link to the home instance',
      };
    }
    if (!link.domain)
      return { value: `https://${page.host}/@${link.user}/${link.id}`, by: 'time link, local status' };
    return {
      value: `https://${page.host}/@${link.user}@${link.domain}/${link.id}`,
      by: 'time link, remote status seen here',
    };
  }
  const id = post.getAttribute('data-id') ?? post.closest('article[data-id]')?.getAttribute('data-id');
  const [user, domain] = handle?.split('@') ?? [];
  if (!id || !/^\d{1,20}$/.test(id) || !user) return null;
  const acct = domain && domain !== page.hostname ? `${user}@${domain}` : user;
  return { value: `https://${page.host}/@${acct}/${id}`, by: 'data-id' };
}

/** The status page's own OpenGraph data, when it describes this very status. */
function ogFor(doc: Document, permalink: string | null, property: string): string | null {
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const id = (s: string | null | undefined) => /\/(\d{1,20})\/?$/.exec(s ?? '')?.[1];
  const ogId = id(ogUrl);
  if (!ogId || ogId !== id(permalink)) return null;
  return doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? null;
}

function readPublishedAt(post: Element, permalink: string | null): Found<string> {
  for (const el of own(post, 'time[datetime], data.dt-published[value]')) {
    const value = isoDateTime(el.getAttribute('datetime') ?? el.getAttribute('value'));
    if (value) return { value, by: el.localName === 'time' ? 'time[datetime]' : 'dt-published' };
  }
  // Mastodon 4's detailed status prints its date as text only.
  const og = isoDateTime(ogFor(post.ownerDocument, permalink, 'og:published_time'));
  return og ? { value: og, by: 'og:published_time' } : null;
}

function readKind(post: Element): Found<PostKind> {
  if (post.closest('.status-reply, .status__wrapper-reply, .entry-reply')) {
    return { value: 'reply', by: 'reply class' };
  }
  // The focused status of a thread page: a reply when statuses of its thread come before it.
  if (post.matches('.detailed-status')) {
    const thread = post.closest('.scrollable') ?? post.ownerDocument.body;
    const above = Array.from(thread?.querySelectorAll('.status') ?? []).some((s) => precedes(s, post));
    return above ? { value: 'reply', by: 'thread above the focused status' } : null;
  }
  return null;
}

/** The first element found by the first selector that finds one: the most precise wins. */
function first(post: Element, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const el = queryOwn(post, selector, isNested)[0];
    if (el) return el;
  }
  return null;
}

function readText(post: Element): Found<string> {
  // A content warning is part of what the author wrote; its "Show more" button is not. Mastodon
  // writes paragraphs back to back (`</p><p>`).
  const warning = first(post, ['.content-warning__text', '.p-summary', '.content-warning']);
  // Last, by structure: the block Mastodon marks with the post's language (for translation).
  const content = first(post, ['.status__content__text', '.e-content', '.status__content', 'div[lang]']);
  const parts = [warning, content].map((el) => (el ? readableParagraphs(el) : '')).filter(Boolean);
  if (parts.length > 0) return { value: parts.join(' '), by: 'status__content' };
  // A status of pictures only: what its author wrote to describe them is all it says.
  const described = imageDescriptions(queryOwn(post, '.media-gallery__item img', isNested));
  return described ? { value: described, by: 'descriptions of its pictures (no text)' } : null;
}

function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  // Attachments: a gallery item each (picture or GIF), or one video player. Link cards are not.
  return queryOwn(post, '.media-gallery__item, .video-player', isNested).map((el) => {
    const video = el.querySelector('video');
    const img = el.querySelector('img');
    const src = video?.getAttribute('src') ?? video?.getAttribute('poster') ?? img?.getAttribute('src');
    return { type: video ? ('video' as const) : ('image' as const), url: httpUrl(src, page)?.href ?? '' };
  });
}

export const mastodonAdapter: PlatformAdapter = {
  id: 'mastodon',
  matches: INSTANCES.map((host) => `*://${host}/*`),
  audienceOf: audienceByPath(/^\/conversations(\/|$)/),

  matchesPage(url, doc) {
    if (!isWebUrl(url)) return false;
    if (INSTANCES.includes(url.hostname)) return true;
    return !OTHER_PLATFORMS.test(url.hostname) && isMastodonApp(doc);
  },

  findPost(element) {
    // The nearest status, unless it sits inside a status's text (only a forged page can do that:
    // Mastodon strips class names from what users write).
    let candidate: Element | null = null;
    for (let el: Element | null = element; el; el = el.parentElement) {
      if (el.matches(USER_TEXT) && candidate) candidate = null;
      else if (!candidate && el.matches(STATUS)) candidate = el;
      // The "… boosted" line above a status belongs to its wrapper, outside the status.
      else if (!candidate && el.matches('.status__wrapper, article[data-id]')) {
        candidate = queryOwn(el, STATUS, isNested)[0] ?? null;
      }
    }
    return candidate;
  },

  explainNoPost(doc): PageObstacle | null {
    if (doc.querySelector('form#new_user input[type="password"]')) return 'login-wall';
    if (doc.querySelector('.error-column, .missing-indicator')) return 'post-unavailable';
    return null;
  },

  extract(post, page) {
    const { foundBy, note } = foundByRecorder();
    const nameEl = own(post, '.display-name__html, .display-name strong')[0];
    const nameText = nameEl ? readableText(nameEl) : '';
    const name = note('author.name', nameText ? { value: nameText, by: 'display-name__html' } : null);
    const handle = note('author.handle', readHandle(post, page));
    const permalink = note('permalink', readPermalink(post, handle, page));
    const media = readMedia(post, page);
    if (media.length > 0) foundBy.media = 'gallery items and video players';
    const kind = note('kind', readKind(post)) ?? 'post';
    foundBy.kind ??= 'default';
    return {
      kind,
      permalink,
      author: { handle, name },
      publishedAt: note('publishedAt', readPublishedAt(post, permalink)),
      text: withPollOptions(
        note('text', readText(post)) ?? '',
        queryOwn(post, '.poll__option__text', isNested),
      ),
      media,
      foundBy,
    };
  },
};

// Cases covering this adapter (test/fixtures/mastodon, run by test/unit/platforms/mastodon.test.ts
// and the Chromium case runner), plus the targeted tests in mastodon.test.ts:
// - written--mastodon-home--post / --boost / --remote / --gallery: a home timeline with a local
//   post, a boost (original author kept), a remote account's post, and a post with two pictures.
// - written--mastodon-thread--root / --focused / --reply: a thread page (detailed status, date
//   from og:published_time) with a reply below; written--mastodon-v3-public--post: a Mastodon 3
//   server-rendered page linking a remote status to its home instance; written--mastodon-other-
//   instance--post: an unlisted instance recognised by its markup.
// - mastodon.test.ts: hosts and DOM detection, forged markers on other hosts, missing fields,
//   hostile text, login wall and missing status.
// - written--mastodon-renamed-hooks--post, written--mastodon-alt-only--gallery: renamed content
//   classes and no time link; a status of pictures with descriptions only.
