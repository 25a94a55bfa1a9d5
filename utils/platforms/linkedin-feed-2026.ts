import { httpUrl, precedes, queryOwn, readableText, readableTextExcept } from './dom';
import { type Found, foundByRecorder } from './found';
import { COMMENT_2026 } from './linkedin-comment-2026';
import { feedshareUrl, type PostUrn, profileSlugOf, updatePermalink, updateUrnOf } from './linkedin-urls';
import type { ExtractedPost } from './types';

// LinkedIn's signed-in feed as rendered since late 2025 (server-driven UI): every class name is
// generated, `feed-shared-update-v2` and `data-urn` are gone. A post is a list item
// (`role=listitem`) keyed `…FeedType_…` by `componentkey`, announced by a visually hidden "Feed
// post" heading; its text is a `data-testid=expandable-text-box` holding the whole text behind its
// "… more" button; its author is the profile link just above the text; pictures are `feedshare`
// images. This markup holds no post URN, no link to the post and no machine-readable date (the
// date is relative text, "5h"): permalink and publishedAt stay null, except on a post's own
// /feed/update/<urn>/ page, whose address names its first post.

export const FEED_POST_2026 =
  '[role="listitem"][componentkey*="FeedType_"], [data-view-name="feed-full-update"]';
const TEXT =
  '[data-testid="expandable-text-box"], [data-view-name="feed-commentary"], [componentkey^="feed-commentary"]';
const CONTROL = 'a, button, [role="button"]';

// A comment under the post holds a text box, links and pictures of its own.
const isBoundary = (el: Element) =>
  el.matches(TEXT) || el.matches(FEED_POST_2026) || el.matches(COMMENT_2026);
const own = (post: Element, selector: string) => queryOwn(post, selector, isBoundary);

/** The smallest block holding every link to the author outside the text: avatar, name, headline, date. */
function authorBlock(post: Element, slug: string, page: URL): Element | null {
  const links = own(post, 'a[href]').filter((a) => profileSlugOf(a.getAttribute('href'), page) === slug);
  let block = links[0]?.parentElement ?? null;
  while (block && block !== post && !links.every((a) => block?.contains(a))) block = block.parentElement;
  return block === post ? null : block;
}

/** The text: its test id, else (structure) the first paragraph after the author's block outside controls. */
function readTextElement(post: Element, block: Element | null): Found<Element> {
  const box = own(post, TEXT)[0];
  if (box) return { value: box, by: 'expandable-text-box' };
  if (!block) return null;
  const paragraph = own(post, 'p').find(
    (p) => !block.contains(p) && precedes(block, p) && !p.closest(CONTROL) && readableText(p),
  );
  return paragraph ? { value: paragraph, by: 'first paragraph after the author block' } : null;
}

function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  return own(post, 'img, video').flatMap((el): ExtractedPost['media'] => {
    if (el.localName === 'video') {
      const url = httpUrl(el.getAttribute('src'), page) ?? httpUrl(el.getAttribute('poster'), page);
      return [{ type: 'video', url: url?.href ?? '' }];
    }
    const url = feedshareUrl(el, page);
    return url ? [{ type: 'image', url: url.href }] : [];
  });
}

/**
 * The author's link: the last profile link before the post's body (its text or first picture).
 * A "… likes this" or "… reposted this" line above names someone else, before the author.
 */
function readAuthorLink(post: Element, page: URL): Element | null {
  const body =
    own(post, TEXT)[0] ??
    own(post, 'img, video').find((el) => el.localName === 'video' || feedshareUrl(el, page));
  const links = own(post, 'a[href]').filter((a) => profileSlugOf(a.getAttribute('href'), page));
  const before = body ? links.filter((a) => precedes(a, body)) : links;
  return before.at(-1) ?? null;
}

/** The name: the first paragraph of a link to the author, as shown (a link may also hold "• 2nd"). */
function readName(post: Element, slug: string, page: URL): Found<string> {
  for (const a of own(post, 'a[href]')) {
    if (profileSlugOf(a.getAttribute('href'), page) !== slug) continue;
    const shown = a.querySelector('p') ?? (a.querySelector('img, figure') ? null : a);
    const name = shown ? readableText(shown) : '';
    if (name) return { value: name, by: 'first paragraph of an author link' };
  }
  return null;
}

/** A link to the post itself outside its text, else the page's own address for the page's first post. */
function readUrn(post: Element, page: URL): Found<PostUrn> {
  for (const a of own(post, 'a[href]')) {
    const urn = updateUrnOf(a.getAttribute('href'), page);
    if (urn) return { value: urn, by: 'own /feed/update/ link' };
  }
  const pageUrn = updateUrnOf(page.href, page);
  const first = post.ownerDocument.querySelector(FEED_POST_2026);
  return pageUrn && first === post ? { value: pageUrn, by: 'address of the post page' } : null;
}

export function extractFeedPost(post: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const authorLink = readAuthorLink(post, page);
  const slug = authorLink ? profileSlugOf(authorLink.getAttribute('href'), page) : null;
  const handle = note(
    'author.handle',
    slug ? { value: slug, by: 'last profile link before the body' } : null,
  );
  const name = handle ? note('author.name', readName(post, handle, page)) : null;
  const textEl = note('text', readTextElement(post, slug ? authorBlock(post, slug, page) : null));
  // The "… more" button sits inside the text box; the whole text is already there behind it.
  const text = textEl ? readableTextExcept(textEl, (el) => el.matches('button')) : '';
  const urn = note('permalink', readUrn(post, page));
  const media = readMedia(post, page);
  if (media.length > 0) foundBy.media = 'feedshare images and videos';
  foundBy.kind = 'post list item';
  return {
    kind: 'post',
    permalink: urn ? updatePermalink(urn) : null,
    author: { handle, name },
    publishedAt: null,
    text,
    media,
    foundBy,
  };
}
