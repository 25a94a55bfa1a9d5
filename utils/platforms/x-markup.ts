import { httpUrl, queryOwn } from './dom';

// X's markup as every part of its adapter reads it: the stable hooks (data-testid values, ARIA
// roles, time[datetime]), X's hosts and the URL patterns of its links, and what belongs to a post
// itself rather than to a post or text inside it. X's hashed class names change with every deploy.

export const TWEET = 'article[data-testid="tweet"]';
export const USER_NAME = '[data-testid="User-Name"]';
export const TWEET_TEXT = '[data-testid="tweetText"]';
// A poll's options: radios while it is open, list items once it shows its results.
export const POLL_OPTION =
  '[data-testid="cardPoll"] [role="radio"], [data-testid="cardPoll"] li, [data-testid="cardPoll"] [role="listitem"]';
export const PHOTO = '[data-testid="tweetPhoto"]';
export const VIDEO = '[data-testid="videoPlayer"]';
// An X Article (long-form post) has no tweetText: a title and a Draft.js rich text body instead.
export const ARTICLE_TITLE = '[data-testid="twitter-article-title"]';
export const ARTICLE_BODY =
  '[data-testid="twitterArticleRichTextView"], [data-testid="longformRichTextComponent"]';
// What comes after the author line in a post; a "Replying to" line sits between the two.
export const POST_BODY = `${TWEET_TEXT}, ${ARTICLE_TITLE}, ${ARTICLE_BODY}, ${PHOTO}, ${VIDEO}, [data-testid="card.wrapper"], [role="group"]`;

export const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com']);
export const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,20})(?:\/|$)/;
export const MEDIA_LINK_PATH = /\/status\/\d+\/(?:photo|video)\/\d+\/?$/;
export const PHOTO_LINK_PATH = /\/status\/(\d+)\/photo\/\d+\/?$/;

export interface Status {
  handle: string;
  id: string;
}

/** The post a link on X points to, whatever the host or suffix (/photo/1, /analytics, ?s=20). */
export function statusOf(href: string | null, page: URL): Status | null {
  const url = httpUrl(href, page);
  const match = url && X_HOSTS.has(url.hostname) ? STATUS_PATH.exec(url.pathname) : null;
  return match?.[1] && match[2] ? { handle: match[1], id: match[2] } : null;
}

export function profileOf(href: string | null, page: URL): string | null {
  const url = httpUrl(href, page);
  return (url && X_HOSTS.has(url.hostname) && PROFILE_PATH.exec(url.pathname)?.[1]) || null;
}

/**
 * A quoted post: X draws it as a `div[role=link]` (clickable, but no `a`) holding its own author
 * line. The affiliation badge next to a name is also a `div[role=link]`, but holds no User-Name.
 */
export function isQuoteBlock(el: Element): boolean {
  return el.localName === 'div' && el.getAttribute('role') === 'link' && el.querySelector(USER_NAME) !== null;
}

// What lies inside these belongs to someone else (a quoted or nested post) or is the author's free
// text, where anything that looks like an author line or a permalink is just words.
export function isBoundary(el: Element): boolean {
  return el.matches(TWEET_TEXT) || el.matches(ARTICLE_BODY) || el.matches(TWEET) || isQuoteBlock(el);
}

export function own(post: Element, selector: string): Element[] {
  return queryOwn(post, selector, isBoundary);
}

/** The post's permalink as read from the link wrapping its own `time`, with that time. */
export function timeLink(post: Element, page: URL): { status: Status; time: Element } | null {
  for (const time of own(post, 'time[datetime]')) {
    const link = time.closest('a[href]');
    const status = link && post.contains(link) ? statusOf(link.getAttribute('href'), page) : null;
    if (status) return { status, time };
  }
  return null;
}
