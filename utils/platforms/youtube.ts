import { composedParent, isWebUrl, queryOwn, readableText } from './dom';
import { isRegionBlock } from './region-block';
import type { PageObstacle, PlatformAdapter } from './types';
import { extractCommentOrPost } from './youtube-comments';
import { COMMENT, HOSTS, TARGETS, USER_TEXT, VIDEO, VIDEO_TILE } from './youtube-markup';
import { extractTile, isAttachedTile } from './youtube-tiles';
import { extractVideo } from './youtube-video';

// YouTube. Its Polymer elements keep their tag names (`ytd-…`) and element ids (`#author-text`,
// `#content-text`) across redesigns; only those, link patterns and the page's schema.org data are
// read. Three kinds of target: a comment or a reply (a comment's permalink is its `lc=` link),
// a channel's community post, and the video itself on a watch page; and a video's tile. They are
// read in youtube-comments.ts (with youtube-poll.ts), youtube-video.ts and youtube-tiles.ts, on
// the markup of youtube-markup.ts and the addresses of youtube-links.ts.

export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  matches: ['*://youtube.com/*', '*://www.youtube.com/*', '*://m.youtube.com/*'],
  // No direct messages on YouTube: what it shows is public unless its author restricted it.
  audienceOf: () => 'public',

  matchesPage(url) {
    return isWebUrl(url) && HOSTS.has(url.hostname);
  },

  findPost(element) {
    let candidate: Element | null = null;
    for (let el: Element | null = element; el; el = composedParent(el)) {
      if (el.matches(USER_TEXT) && candidate && !candidate.matches(VIDEO)) candidate = null;
      // A video attached to a community post or comment is part of it, not a tile of its own.
      else if (!candidate && el.matches(TARGETS) && !isAttachedTile(el)) candidate = el;
      // A click on the player or a thread's buttons means the video or the thread's comment.
      else if (!candidate && el.localName === 'ytd-comment-thread-renderer') {
        candidate = queryOwn(el, COMMENT, (e) => e.localName === 'ytd-comment-replies-renderer')[0] ?? null;
      } else if (!candidate && (el.localName === 'ytd-player' || el.id === 'movie_player')) {
        candidate = el.closest('ytd-watch-flexy')?.querySelector(VIDEO) ?? null;
      }
    }
    return candidate;
  },

  explainNoPost(doc): PageObstacle | null {
    const errors = Array.from(
      doc.querySelectorAll('ytd-player-error-message-renderer, yt-playability-error-supported-renderers'),
    ).filter((el) => !el.closest('[hidden]') && readableText(el) !== '');
    const signIn = 'a[href*="ServiceLogin"], a[href*="accounts.google.com"]';
    if (errors.some((el) => el.querySelector(signIn))) return 'login-wall';
    if (errors.some((el) => isRegionBlock(el))) return 'region-blocked';
    if (errors.length > 0) return 'post-unavailable';
    return null;
  },

  extract(post, page) {
    if (post.matches(VIDEO)) return extractVideo(post, page);
    if (post.matches(VIDEO_TILE)) return extractTile(post, page);
    return extractCommentOrPost(post, page);
  },
};

// Cases covering this adapter (test/fixtures/youtube, run by test/unit/platforms/youtube.test.ts and
// the Chromium case runner), plus the targeted tests in youtube.test.ts:
// - written--youtube-watch--video / --comment / --reply / --old-comment: a watch page with its
//   video (microdata upload date), a comment thread with a reply, and a pre-2024 comment renderer.
// - written--youtube-community--post / --post-comment: a community post with two pictures and a
//   comment under it; written--youtube-mobile--comment: the same markup served at m.youtube.com.
// - youtube.test.ts: canonical permalinks from every host and link form (shorts, youtu.be, lb=),
//   stale microdata of another video, missing fields, login wall, hostile text, forged markers.
// - written--youtube-channel-videos--tile, written--youtube-watch-renamed--comment: a channel
//   grid tile; a comment with its text and time ids renamed; written--youtube-community-poll--closed:
//   a community post's poll once voted on (options without their shares).
