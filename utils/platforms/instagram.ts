import type { PostKind } from '../model';
import { audienceByPath } from './audience';
import { isoDateTime, isWebUrl, queryOwn, readableText, readableTextExcept } from './dom';
import { foundByRecorder, type Note } from './found';
import { IG_HOST, type IgLink, linkOf, profileOf } from './instagram-links';
import { type Own, readMedia } from './instagram-media';
import { extractTile, isTileLink } from './instagram-tiles';
import { isRegionBlock } from './region-block';
import { tileOf } from './tile';
import type { ExtractedPost, PlatformAdapter } from './types';
import { isUnavailablePage } from './unavailable-page';

// Instagram. Class names are obfuscated and change often, so only the document structure
// (article, header, h1–h3, li, time[datetime]) and the URL patterns of links are read: a post is
// /p/<code>/ (also /reel/, /tv/, /<user>/p/), a comment /p/<code>/c/<id>/ (a reply adds /r/<id>/).
// A comment is the block around one such comment link that wraps the comment's time. Links,
// media and grid tiles are read in instagram-links.ts, instagram-media.ts and instagram-tiles.ts.

// Controls and decorations inside a caption or comment block, never part of its text.
const NOT_TEXT = 'button, [role="button"], svg, img, time, header';

/** A comment's own link: a comment address wrapping a time (links in text never hold one). */
function commentLinks(root: Element, page: URL): { a: Element; link: IgLink }[] {
  return Array.from(root.querySelectorAll('a[href]')).flatMap((a) => {
    const link = linkOf(a.getAttribute('href'), page);
    return link?.comment && a.querySelector('time') ? [{ a, link }] : [];
  });
}

/**
 * The block of one comment: its list item where Instagram renders one (2021), else the largest
 * block around its link that holds no other comment, no post link and no caption heading.
 */
function commentRoot(a: Element, id: string, post: Element, page: URL): Element {
  let root = a;
  for (let up = a.parentElement; up && up !== post; up = up.parentElement) {
    const foreign = Array.from(up.querySelectorAll('a[href]')).some((other) => {
      const link = linkOf(other.getAttribute('href'), page);
      return link && other.querySelector('time') && link.comment !== id;
    });
    if (foreign || up.querySelector('header, h1, h2')) break;
    root = up;
    if (up.localName === 'li') break;
  }
  return root;
}

function commentRoots(post: Element, page: URL): Element[] {
  return commentLinks(post, page).map(({ a, link }) => commentRoot(a, link.comment ?? '', post, page));
}

/** The page's own post code (og:url or canonical), to know when page metadata speaks of this post. */
function pagePostCode(doc: Document, page: URL): string | null {
  const meta = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return linkOf(meta ?? canonical ?? page.href, page)?.code ?? null;
}

/**
 * The caption and its author line: today's post page has it as h1; elsewhere it is the block
 * around the author's named link (outside the header) that holds no post link around a time.
 */
type Caption = { block: Element; row?: Element };
function captionOf(post: Element, handle: string, own: Own, page: URL): Caption | null {
  const h1 = own('h1')[0];
  if (h1) return { block: h1 };
  for (const a of own('a[href]')) {
    if (profileOf(a.getAttribute('href'), page) !== handle || !readableText(a) || a.closest('header'))
      continue;
    const row = a.closest('h2, h3') ?? a;
    let block: Element | null = row.parentElement;
    while (block && block !== post && readableText(block) === readableText(row)) block = block.parentElement;
    // The author line above the picture holds the post's own link (around its time, when shown);
    // a caption only links other posts inside its text.
    const postLink = Array.from(block?.querySelectorAll('a[href]') ?? []).find((link) => {
      const target = linkOf(link.getAttribute('href'), page);
      if (link.querySelector('time')) return !target?.comment;
      return target && !target.comment && !link.closest('span[dir="auto"]');
    });
    if (!block || block === post || postLink) continue;
    return { block, row };
  }
  return null;
}

function textOf(block: Element, row: (el: Element) => boolean): string {
  return readableTextExcept(block, (el) => el.matches(NOT_TEXT) || row(el));
}

type Fields = Omit<ExtractedPost, 'foundBy' | 'permalink'> & { link: IgLink | null };

function extractComment(root: Element, container: Element, page: URL, note: Note): Fields {
  const roots = commentRoots(container, page);
  const nested = roots.filter((other) => other !== root && root.contains(other));
  const own: Own = (s) => queryOwn(root, s, (el) => nested.includes(el));
  const mine = commentLinks(root, page).find(
    ({ a, link }) => commentRoot(a, link.comment ?? '', container, page) === root,
  );
  const link = note('permalink', mine ? { value: mine.link, by: 'comment link around its time' } : null);
  const profiles = own('a[href]').filter((a) => profileOf(a.getAttribute('href'), page));
  const handle = profiles[0] ? profileOf(profiles[0].getAttribute('href'), page) : null;
  note('author.handle', handle ? { value: handle, by: 'first profile link of the comment' } : null);
  const nameLink = profiles.find(
    (a) => profileOf(a.getAttribute('href'), page) === handle && readableText(a),
  );
  const row = nameLink?.closest('h2, h3') ?? nameLink;
  const text = textOf(root, (el) => el === row || nested.includes(el));
  note('text', text ? { value: text, by: 'comment block without author line, time and buttons' } : null);
  const datetime = isoDateTime(mine?.a.querySelector('time')?.getAttribute('datetime'));
  const publishedAt = note('publishedAt', datetime ? { value: datetime, by: 'time in comment link' } : null);
  // 2021 lists replies in a list item under the comment's; today's nest them in its block.
  const listed = root.parentElement?.closest('li');
  const kind = note<PostKind>(
    'kind',
    mine?.link.isReply
      ? { value: 'reply', by: 'reply link /c/<id>/r/<id>/' }
      : roots.some((other) => other !== root && other.contains(root)) ||
          (listed && container.contains(listed))
        ? { value: 'reply', by: 'comment block inside another comment' }
        : { value: 'comment', by: 'comment link' },
  );
  const media = readMedia(root, own, null, page);
  return { kind: kind ?? 'comment', link, author: { handle, name: null }, publishedAt, text, media };
}

function extractPost(post: Element, page: URL, note: Note): Fields {
  const comments = commentRoots(post, page);
  const outside =
    (extra: Element[]): Own =>
    (s) =>
      queryOwn(post, s, (el) => comments.includes(el) || extra.includes(el) || el.matches('article'));
  const profile = (a: Element) => profileOf(a.getAttribute('href'), page);
  const headerLink = outside([])('header a[href]').find(profile);
  const authorLink = headerLink ?? outside([])('a[href]').find((a) => profile(a) && readableText(a));
  const by = headerLink ? 'header profile link' : 'first named profile link';
  const handle = note('author.handle', authorLink ? { value: profile(authorLink) ?? '', by } : null);
  const caption = handle ? captionOf(post, handle, outside([]), page) : null;
  // The caption is the author's free text: its links never name the post.
  const own = outside(caption ? [caption.block] : []);

  const postLinks = own('a[href]').flatMap((a) => {
    const link = linkOf(a.getAttribute('href'), page);
    return link && !link.comment ? [{ a, link }] : [];
  });
  const timed = postLinks.find(({ a }) => a.querySelector('time[datetime]'));
  const anyLink = postLinks[0]?.link;
  const pageLink = linkOf(page.href, page);
  const link = note(
    'permalink',
    timed?.link
      ? { value: timed.link, by: 'link around own time' }
      : anyLink
        ? { value: anyLink, by: 'own post link' }
        : pageLink
          ? { value: { ...pageLink, comment: null, isReply: false }, by: 'page address' }
          : null,
  );
  const time = timed?.a.querySelector('time[datetime]') ?? own('time[datetime]')[0];
  const datetime = isoDateTime(time?.getAttribute('datetime'));
  const publishedAt = note('publishedAt', datetime ? { value: datetime, by: 'own time[datetime]' } : null);

  const isH1 = !caption?.row;
  const captionText = caption ? textOf(caption.block, (el) => el === caption.row) : '';
  const text =
    note('text', captionText ? { value: captionText, by: isH1 ? 'h1' : 'caption block' } : null) ?? '';

  // The page's title names the author of the page's own post: "Name on Instagram: …".
  const doc = post.ownerDocument;
  const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const titled =
    link && pagePostCode(doc, page) === link.code ? /^(.+?) on Instagram\b/.exec(title)?.[1] : null;
  const name = note('author.name', titled ? { value: titled.trim(), by: 'og:title of this post' } : null);
  const media = readMedia(post, own, link?.code ?? null, page);
  return { kind: 'post', link, author: { handle, name }, publishedAt, text, media };
}

// A post opened over a profile or a feed lies in a dialog, apart from the page behind it.
const CONTAINER = 'article, [role="dialog"], main, [role="main"]';

export const instagramAdapter: PlatformAdapter = {
  id: 'instagram',
  matches: ['*://instagram.com/*', '*://www.instagram.com/*'],
  audienceOf: audienceByPath(/^\/direct(\/|$)/),

  matchesPage(url) {
    return isWebUrl(url) && IG_HOST.test(url.hostname);
  },

  findPost(element) {
    const page = new URL(element.ownerDocument.URL);
    const tile = tileOf(element, isTileLink(page), 'article, [role="dialog"]');
    if (tile) return tile;
    // Today's post page lays its post out in main, without an article; a post opened over a
    // profile or a feed, in a dialog over the page.
    const onPostPage = linkOf(page.href, page) !== null;
    const dialog = element.closest('[role="dialog"]');
    const post =
      element.closest('article') ??
      (dialog && (onPostPage || dialog.querySelector('a[href] time')) ? dialog : null) ??
      (onPostPage ? element.closest('main, [role="main"]') : null);
    if (!post) return null;
    // The innermost comment block around the element, else the post.
    let found: Element = post;
    for (const root of commentRoots(post, page))
      if (root.contains(element) && found.contains(root)) found = root;
    return found;
  },

  explainNoPost(doc) {
    // Meta's notice in the page's main column, outside any post, its dialog or a comment.
    const main = doc.querySelector('main, [role="main"]') ?? doc.body;
    const userContent = 'article, [role="dialog"], ul';
    if (isRegionBlock(main, userContent)) return 'region-blocked';
    // Instagram's login form keeps the id "loginForm" and the field names across its redesigns.
    if (doc.querySelector('form#loginForm, form input[name="password"]')) return 'login-wall';
    // Meta's page for a missing post ("Sorry, this page isn't available."), in the main column.
    return isUnavailablePage('instagram', main, userContent) ? 'post-unavailable' : null;
  },

  extract(post, page) {
    // A comment's root may be its own link; a tile links a post, never a comment.
    if (post.matches('a[href]') && isTileLink(page)(post.getAttribute('href') ?? '')) {
      return extractTile(post, page);
    }
    const { foundBy, note } = foundByRecorder();
    const container = post.matches(CONTAINER) ? null : post.parentElement?.closest(CONTAINER);
    const { link, ...fields } = container
      ? extractComment(post, container, page, note)
      : extractPost(post, page, note);
    foundBy.kind ??= 'default';
    if (fields.media.length > 0) foundBy.media = 'images and videos outside avatars and links elsewhere';
    // One canonical form for posts, reels and profile-scoped links, as the case contract writes it.
    const base = link ? `https://www.instagram.com/p/${link.code}/` : null;
    return { ...fields, permalink: base && link?.comment ? `${base}c/${link.comment}/` : base, foundBy };
  },
};

// Cases covering this adapter (test/fixtures/instagram, run by instagram.test.ts and the case runner):
// - metascraper--instagram-post-2021--caption / --comment: real logged-out post page of 2021 (h2
//   caption row, h3 comment rows, /p/<code>/c/<id>/ links around time[datetime]).
// - written--instagram-feed--*: today's home feed (article, profile links, time in /p/ and /reel/
//   links, a carousel, a reel with a video).
// - written--instagram-post-page--*: today's post page without an article (h1 caption, comments and
//   a reply with /c/<id>/r/<id>/ links).
// - instagram.test.ts: hosts, hostile captions and comments, forged markers, login wall, missing fields.
// - written--instagram-profile-dialog--dialog / --tile, written--instagram-feed-no-time--caption:
//   a post in a dialog over a profile, a grid tile, the feed with every time gone.
