import { httpUrl, isoDateTime, isWebUrl, readableText } from './dom';
import { extractEmbed, findEmbed } from './embeds';
import { type Found, foundByRecorder } from './found';
import type { ExtractedPost, PlatformAdapter } from './types';

// Any other page (a blog, a forum, a news site's comments). What the user right-clicked is read
// inside the nearest block the page itself marks as one item: an article, a schema.org posting or
// comment, an ARIA article, a comment entry. Sites outside the supported platforms use readable,
// semantic markup (microdata, `rel`, `time[datetime]`) far more often than hashed classes, and
// that is all this adapter trusts. The page's own metadata fills what the block does not say.

const ITEM_TYPES = [
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'Comment',
  'BlogPosting',
  'NewsArticle',
  'Article',
];
const BLOCK = [
  'article',
  '[role="article"]',
  ...ITEM_TYPES.map((type) => `[itemtype$="/${type}"]`),
  'li[id^="comment"]',
  'div[id^="comment-"]',
].join(', ');
const COMMENT =
  '[itemtype$="/Comment"], li[id^="comment"], div[id^="comment-"], [class~="comment"], [class~="comment-body"]';
const BODY =
  '[itemprop="articleBody"], [itemprop="text"], [itemprop="commentText"], .comment-content, .entry-content';
// Most precise first; semantic class names (hCard's `fn`, WordPress's `author`) come last.
const AUTHOR_NAMES = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel~="author"]',
  '.fn',
  '.author',
];
const AUTHOR_NAME = AUTHOR_NAMES.join(', ');
// A comment's anchor on its page (WordPress puts it on the list item around the comment's body).
const COMMENT_ANCHORS = ['li[id^="comment"]', 'div[id^="comment-"]', '[itemtype$="/Comment"][id]'];
const MEDIA = 'img, video';
// Images this small are avatars, icons or emoji, not the content reported.
const MIN_MEDIA_SIDE = 64;

function nearestBlock(element: Element): Element | null {
  return element.closest(BLOCK);
}

/** Elements under `block` matching `selector` that are not inside a nested block (a reply). */
function own(block: Element, selector: string): Element[] {
  return Array.from(block.querySelectorAll(selector)).filter(
    (el) => nearestBlock(el.parentElement ?? el) === block,
  );
}

function meta(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** The page's own address for itself: canonical link, og:url, else the address without its fragment. */
function pageAddress(doc: Document, page: URL): string {
  const declared =
    httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), page) ??
    httpUrl(meta(doc, 'meta[property="og:url"]'), page);
  const url = new URL(declared ?? page);
  url.hash = '';
  return url.href;
}

function readPermalink(block: Element, page: URL): NonNullable<Found<string>> {
  const doc = block.ownerDocument;
  for (const link of own(block, 'a[rel~="bookmark"][href], a[itemprop="url"][href]')) {
    const url = httpUrl(link.getAttribute('href'), page);
    if (url) return { value: url.href, by: 'own bookmark link' };
  }
  // A comment is addressed by its anchor on the page: /article#comment-34.
  const anchor = block.matches(COMMENT)
    ? COMMENT_ANCHORS.map((selector) => block.closest(selector)).find(Boolean)
    : null;
  if (anchor) return { value: `${pageAddress(doc, page)}#${anchor.id}`, by: 'comment anchor id' };
  return { value: pageAddress(doc, page), by: 'page canonical address' };
}

function readAuthorName(block: Element, isPageArticle: boolean): Found<string> {
  for (const selector of AUTHOR_NAMES) {
    // What the post's text says is just words, even when it is marked up like a byline.
    for (const el of own(block, selector).filter((candidate) => !candidate.closest(BODY))) {
      const name = readableText(el);
      if (name) return { value: name, by: `${selector} in the block` };
    }
  }
  const doc = block.ownerDocument;
  const declared = isPageArticle
    ? (meta(doc, 'meta[name="author"]') ?? meta(doc, 'meta[property="article:author"]'))
    : null;
  return declared ? { value: declared, by: 'page author metadata' } : null;
}

function readPublishedAt(block: Element, isPageArticle: boolean): Found<string> {
  for (const el of own(block, 'time[datetime], [itemprop="datePublished"]')) {
    const value = isoDateTime(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (value) return { value, by: 'own time[datetime]' };
  }
  const declared = isPageArticle
    ? isoDateTime(meta(block.ownerDocument, 'meta[property="article:published_time"]'))
    : null;
  return declared ? { value: declared, by: 'page published_time metadata' } : null;
}

function readMedia(block: Element, page: URL): ExtractedPost['media'] {
  const media: ExtractedPost['media'] = [];
  const items = block.matches(MEDIA) ? [block] : own(block, MEDIA);
  for (const el of items) {
    const width = Number(el.getAttribute('width') ?? Number.POSITIVE_INFINITY);
    const height = Number(el.getAttribute('height') ?? Number.POSITIVE_INFINITY);
    if (width < MIN_MEDIA_SIDE || height < MIN_MEDIA_SIDE || el.closest(AUTHOR_NAME)) continue;
    const source = el.getAttribute('src') ?? el.querySelector('source[src]')?.getAttribute('src');
    const url = httpUrl(source, page) ?? httpUrl(el.getAttribute('poster'), page);
    media.push({ type: el.localName === 'video' ? 'video' : 'image', url: url?.href ?? '' });
  }
  return media;
}

/** The block's text without its replies: its body when marked, else all its own text. */
function readText(block: Element): string {
  if (block.localName === 'img') return block.getAttribute('alt')?.trim() ?? '';
  const body = own(block, BODY)[0];
  if (body) return readableText(body);
  const copy = block.cloneNode(true) as Element;
  for (const nested of Array.from(copy.querySelectorAll(BLOCK))) nested.remove();
  return readableText(copy);
}

export const genericAdapter: PlatformAdapter = {
  id: 'generic',
  // No host access of its own: a generic capture relies on the `activeTab` grant of the click.
  matches: [],

  matchesPage(url) {
    return isWebUrl(url);
  },

  findPost(element) {
    // A post of a platform embedded in the page is that platform's post, not the article's.
    const embed = findEmbed(element);
    if (embed) return embed;
    const block = nearestBlock(element);
    if (block) return block;
    // Outside any item: the image or video itself, else nothing more precise than the page.
    return element.closest(MEDIA);
  },

  extract(block, page) {
    const embedded = extractEmbed(block, page);
    if (embedded) return embedded;
    const { foundBy, note } = foundByRecorder();
    const isPageArticle = block.ownerDocument.querySelectorAll(BLOCK).item(0) === block;
    const permalink = note('permalink', readPermalink(block, page));
    const name = note('author.name', readAuthorName(block, isPageArticle));
    const publishedAt = note('publishedAt', readPublishedAt(block, isPageArticle));
    const isComment = block.matches(COMMENT);
    foundBy.kind = isComment ? 'comment markup' : 'default';
    return {
      kind: isComment ? 'comment' : 'post',
      permalink,
      author: { handle: null, name },
      publishedAt,
      text: readText(block),
      media: readMedia(block, page),
      foundBy,
    };
  },
};

// Cases covering this adapter: test/fixtures/generic (a blog article with its comments: the
// article's image, a comment's link, a reply nested in a comment; posts of X, Bluesky and
// Mastodon embedded in news articles) and test/unit/platforms/generic.test.ts.
