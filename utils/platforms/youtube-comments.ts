import type { PostKind } from '../model';
import { composedParent, httpUrl, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import type { ExtractedPost } from './types';
import { addressOf, canonical, readAuthorLink } from './youtube-links';
import { COMMUNITY_POST, own } from './youtube-markup';
import { withCommunityPoll } from './youtube-poll';

// A comment, a reply or a channel's community post (its pictures and its poll's options).

function readKind(post: Element): Found<PostKind> {
  if (post.matches(COMMUNITY_POST)) return { value: 'post', by: 'community post' };
  for (let up = composedParent(post); up; up = composedParent(up)) {
    if (up.localName === 'ytd-comment-replies-renderer') return { value: 'reply', by: 'inside replies' };
  }
  if (post.hasAttribute('is-reply')) return { value: 'reply', by: 'is-reply attribute' };
  return { value: 'comment', by: 'comment element' };
}

function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  // A community post's pictures; comments carry none, and an attached video is a link to another.
  return own(post, 'ytd-backstage-image-renderer').map((el) => {
    const url = httpUrl(el.querySelector('img')?.getAttribute('src'), page);
    return { type: 'image' as const, url: url?.href ?? '' };
  });
}

/** A comment, a reply or a community post: the author's link, its time link, its text. */
export function extractCommentOrPost(post: Element, page: URL): ExtractedPost {
  const { foundBy, note } = foundByRecorder();
  const kind = note('kind', readKind(post)) ?? 'comment';
  const author = readAuthorLink(own(post, 'a#author-text')[0], page, 'author link');
  // The time link is the permalink: `/watch?v=…&lc=…` for a comment, `/post/…` for a post.
  const isPost = kind === 'post';
  let permalink: string | null = null;
  // Second way: any own link of the thing's form (`lc=` for a comment), outside what users typed.
  const ways = [
    ['#published-time-text a[href], .published-time-text a[href]', 'published-time link'],
    [isPost ? 'a[href*="/post/"]' : 'a[href*="lc="]', 'own link to the comment or post'],
  ] as const;
  for (const [selector, by] of ways) {
    for (const link of own(post, selector)) {
      const address = addressOf(link.getAttribute('href'), page);
      permalink = address && canonical(address, !isPost);
      if (permalink) break;
    }
    if (permalink) {
      foundBy.permalink = by;
      break;
    }
  }
  const textEl = own(post, '#content-text')[0] ?? own(post, '[user-input]')[0];
  // A community post's poll: its options are what its author wrote, after the text.
  const text = withCommunityPoll(textEl ? readableText(textEl) : '', post);
  if (text) foundBy.text = textEl?.id === 'content-text' ? '#content-text' : '[user-input]';
  const media = readMedia(post, page);
  if (media.length > 0) foundBy.media = 'community post images';
  return {
    kind,
    permalink,
    author: { handle: note('author.handle', author.handle), name: note('author.name', author.name) },
    // YouTube shows only relative times ("2 days ago") on comments and posts.
    publishedAt: null,
    text,
    media,
    foundBy,
  };
}
