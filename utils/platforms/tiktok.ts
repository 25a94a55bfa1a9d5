import { audienceByPath } from './audience';
import { collapseWhitespace, httpUrl, isWebUrl, outermost, readableText } from './dom';
import { type Found, foundByRecorder } from './found';
import { isRegionBlock } from './region-block';
import { commentOf, extractComment, isComment } from './tiktok-comments';
import { type EmbeddedItem, embeddedItem, pageData } from './tiktok-data';
import {
  AUTHOR_LINK,
  AUTHOR_TEXT,
  COMMENT_TEXT,
  DESC,
  FEED_ITEM,
  HANDLE,
  hooks,
  own,
  PLAYER,
  profileOf,
  TIKTOK_HOSTS,
  tiktokPath,
  VIDEO_PATH,
} from './tiktok-markup';
import { extractTile, isVideoLink } from './tiktok-tiles';
import { tileOf } from './tile';
import type { ExtractedPost, PlatformAdapter } from './types';

// TikTok. Only stable hooks are read: `data-e2e` test attributes, the `/@handle/video/<id>` URL
// pattern, and the page's embedded JSON for the video id. TikTok's `css-…-DivSomething` classes are
// generated and never read. Its markup, page JSON, comments and grid tiles are read in
// tiktok-markup.ts, tiktok-data.ts, tiktok-comments.ts and tiktok-tiles.ts.

/**
 * The video holding `element`: its feed item; else (video page layout, where the player, the author
 * line and the description sit in separate columns) the smallest block holding the author hook and
 * the description or player around `element`, if `element` lies in it.
 */
function videoPostOf(element: Element): Element | null {
  const item = outermost(element, FEED_ITEM);
  if (item) return item;
  // The largest block around `element` that holds the parts of one video only.
  let region: Element | null = null;
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (hooks(el, DESC).length > 1 || hooks(el, PLAYER).length > 1) break;
    region = el;
  }
  const author = region ? hooks(region, `${AUTHOR_LINK}, ${AUTHOR_TEXT}`)[0] : undefined;
  const others = region ? [hooks(region, DESC)[0], hooks(region, PLAYER)[0]].filter((part) => !!part) : [];
  if (!author || others.length === 0) return null;
  let block: Element | null = author;
  while (block && !others.every((part) => block?.contains(part as Element))) block = block.parentElement;
  return block?.contains(element) ? block : null;
}

function readHandle(post: Element, page: URL): Found<string> {
  for (const link of own(post, AUTHOR_LINK)) {
    const handle = profileOf(link.getAttribute('href'), page);
    if (handle) return { value: handle, by: `${link.getAttribute('data-e2e')} link` };
  }
  for (const el of own(post, AUTHOR_TEXT)) {
    const handle = new RegExp(`^@?(${HANDLE})$`).exec(readableText(el))?.[1];
    if (handle) return { value: handle, by: `${el.getAttribute('data-e2e')} text` };
  }
  return null;
}

/** The video id: from the player, a copy-link field or link of this author, else the page's own video. */
function readId(post: Element, handle: string | null, page: URL): Found<string> {
  for (const wrapper of own(post, '[id^="xgwrapper-"]')) {
    const id = /^xgwrapper-\d+-(\d{1,25})$/.exec(wrapper.id)?.[1];
    if (id) return { value: id, by: 'player id' };
  }
  const sameAuthor = (found: string | undefined) => !handle || found?.toLowerCase() === handle.toLowerCase();
  for (const el of [...own(post, '[data-e2e="browse-video-link"]'), ...own(post, 'a[href]')]) {
    const isLink = el.localName === 'a';
    const found = VIDEO_PATH.exec(tiktokPath(isLink ? el.getAttribute('href') : readableText(el), page));
    if (found?.[2] && sameAuthor(found[1]))
      return { value: found[2], by: isLink ? 'own video link' : 'copy-link field' };
  }
  // A video page shows its video first (detail layout, or the first item of the feed layout).
  const fromPage = VIDEO_PATH.exec(tiktokPath(page.href, page));
  const isPageVideo = !post.matches(FEED_ITEM) || post.ownerDocument.querySelector(FEED_ITEM) === post;
  return fromPage?.[2] && isPageVideo && sameAuthor(fromPage[1])
    ? { value: fromPage[2], by: 'page address' }
    : null;
}

function readName(post: Element, item: EmbeddedItem | null): Found<string> {
  if (item?.nickname) return { value: item.nickname, by: 'embedded JSON of the item' };
  // browser-nickname reads "Name · date": its first span is the name.
  const nickname = own(post, '[data-e2e="browser-nickname"] span, [data-e2e="video-author-nickname"]')[0];
  const text = nickname ? readableText(nickname) : '';
  return text ? { value: text, by: 'browser-nickname or video-author-nickname' } : null;
}

function readMedia(post: Element, page: URL): ExtractedPost['media'] {
  const players = own(post, PLAYER);
  const videos = players.length > 0 ? players : own(post, 'video');
  return videos.map((player) => {
    // TikTok streams from blob: URLs; the poster or cover frame still shows the video.
    const video = player.localName === 'video' ? player : player.querySelector('video');
    const url =
      httpUrl(video?.getAttribute('src'), page) ??
      httpUrl(video?.getAttribute('poster'), page) ??
      httpUrl(player.querySelector('img')?.getAttribute('src'), page);
    return { type: 'video' as const, url: url?.href ?? '' };
  });
}

export const tiktokAdapter: PlatformAdapter = {
  id: 'tiktok',
  matches: ['*://tiktok.com/*', '*://www.tiktok.com/*', '*://m.tiktok.com/*'],
  audienceOf: audienceByPath(/^\/messages(\/|$)/),

  matchesPage(url) {
    return isWebUrl(url) && TIKTOK_HOSTS.has(url.hostname);
  },

  findPost(element) {
    const page = new URL(element.ownerDocument.URL);
    const tile = tileOf(element, isVideoLink(page), `${FEED_ITEM}, ${PLAYER}, ${DESC}, ${COMMENT_TEXT}`);
    return tile ?? commentOf(element) ?? videoPostOf(element);
  },

  explainNoPost(doc) {
    // A video withheld in the viewer's country says so in the page, outside any video or comment.
    if (isRegionBlock(doc.body, `${FEED_ITEM}, ${DESC}, ${COMMENT_TEXT}`)) return 'region-blocked';
    // The page of a removed or private video says so in its data (statusCode 10204, 10216…).
    const status = pageData(doc, 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.__DEFAULT_SCOPE__?.[
      'webapp.video-detail'
    ]?.statusCode;
    if (typeof status === 'number' && status !== 0) return 'post-unavailable';
    return doc.querySelector('[data-e2e="login-modal"], #loginContainer') ? 'login-wall' : null;
  },

  extract(post, page) {
    if (post.matches('a[href]') && isVideoLink(page)(post.getAttribute('href') ?? '')) {
      return extractTile(post, page);
    }
    if (isComment(post)) return extractComment(post, page);
    const { foundBy, note } = foundByRecorder();
    const fromLinks = note('author.handle', readHandle(post, page));
    const id = note('permalink', readId(post, fromLinks, page));
    const item = id ? embeddedItem(post.ownerDocument, id) : null;
    const fromPage = foundBy.permalink === 'page address' ? VIDEO_PATH.exec(page.pathname)?.[1] : null;
    const handle = fromLinks ?? item?.handle ?? fromPage ?? null;
    if (handle && !fromLinks)
      foundBy['author.handle'] = item?.handle ? 'embedded JSON of the item' : 'page address';
    const name = note('author.name', readName(post, item));
    const publishedAt = item?.createTime ? new Date(item.createTime * 1000).toISOString() : null;
    if (publishedAt) foundBy.publishedAt = 'createTime in embedded JSON of the item';
    const descEl = own(post, DESC)[0];
    // Second way, when the description's hook is renamed: the page's JSON entry of this very video.
    const text = note(
      'text',
      descEl
        ? { value: readableText(descEl), by: descEl.getAttribute('data-e2e') ?? 'description' }
        : item?.desc
          ? { value: collapseWhitespace(item.desc), by: 'desc in embedded JSON of the item' }
          : null,
    );
    const media = readMedia(post, page);
    if (media.length > 0) foundBy.media = 'video players';
    foundBy.kind = 'video';
    return {
      kind: 'post',
      permalink: id && handle ? `https://www.tiktok.com/@${handle}/video/${id}` : null,
      author: { handle, name },
      publishedAt,
      text: text ?? '',
      media,
      foundBy,
    };
  },
};

// Cases covering this adapter (test/fixtures/tiktok, run by test/unit/platforms/tiktok.test.ts and
// the Chromium case runner), plus the targeted tests in tiktok.test.ts:
// - metascraper--tiktok-video--description: real feed-layout video page (createTime from the JSON).
// - written--tiktok-video-detail--post / --m-host: video page layout (browse-* hooks), name and date
//   from the JSON, a mention and hashtags in the description; served at m.tiktok.com.
// - written--tiktok-video-detail--comment / --reply / --comment-mention: a comment, its reply by
//   the creator, a comment whose text imitates an author line and links another profile and video.
// - written--tiktok-foryou--second / --avatar: For You feed items (no JSON for them: no date).
// - tiktok.test.ts: hosts, page-address rule, JSON of another video, comment blocks, forged markup
//   in the description, missing fields, explainNoPost.
// - written--tiktok-profile-grid--tile, written--tiktok-renamed-hooks--post: a profile grid tile;
//   the video page with its description hook and player id gone.
