import type { PostData } from '../../model';
import type { ReplySource } from './types';

// A TikTok video page: the video (player, author, description), then the comments, each a
// `comment-level-1` text with its `comment-avatar-1`/`comment-username-1` author, and the replies
// shown under one (`comment-level-2`) once "View N replies" is pressed; more comments load as the
// list scrolls. The adapter reads a comment as for one report, with no address and no date: TikTok
// draws neither. What the page does hold is the comment's id, as the element id of its content
// block (`<div id="7401405263107625426" class="…-DivCommentContentContainer">`), and from it:
// - its address, in the form TikTok's own comment links take: the video's address with
//   `?comment_id=<id>` (TikTok adds `is_copy_url=1&is_from_webapp=v1` to the links it copies, which
//   say how the link was made, not which comment), opening the video with that comment first;
// - its time: TikTok's ids carry their creation time, in Unix seconds, in their top 32 bits
//   (Steel et al., "Just Another Hour on TikTok", arXiv:2504.13279, 2025, §3).
// A comment whose id is not in the page keeps no address of its own (none is made up): its report
// holds the video's address, and the comment's author and its picture with the time TikTok shows.

const COMMENT_TEXT = '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]';
const COMMENT_ID = /^\d{15,25}$/;
const VIDEO_PATH = /^\/@([A-Za-z0-9_.]{1,64})\/(?:video|photo)\/(\d{1,25})(?:\/|$)/;
const TIKTOK_HOSTS = new Set(['tiktok.com', 'www.tiktok.com', 'm.tiktok.com']);
/** TikTok opened to the public in September 2016: an earlier time is no TikTok id's. */
const FIRST_TIKTOK_SECOND = Date.UTC(2016, 8, 1) / 1000;

/** The comment's id: the numeric element id of its block, never one inside its text. */
function commentIdOf(comment: Element): string | null {
  for (const el of [comment, ...comment.querySelectorAll('[id]')]) {
    if (COMMENT_ID.test(el.id) && !el.parentElement?.closest(COMMENT_TEXT)) return el.id;
  }
  return null;
}

/** The video the page shows, from its address (TikTok keeps it in step with in-app navigation). */
function videoOf(page: URL): { handle: string; id: string } | null {
  if (!TIKTOK_HOSTS.has(page.hostname)) return null;
  const match = VIDEO_PATH.exec(page.pathname);
  return match?.[1] && match[2] ? { handle: match[1], id: match[2] } : null;
}

/** The creation time an id carries, if it is a plausible one (after TikTok opened, not ahead of now). */
export function timeOfTikTokId(id: string, now = Date.now()): string | null {
  const seconds = Number(BigInt(id) >> 32n);
  if (seconds < FIRST_TIKTOK_SECOND || seconds * 1000 > now + 86_400_000) return null;
  return new Date(seconds * 1000).toISOString();
}

function completeComment(post: Element, data: PostData, page: URL): PostData {
  if (data.kind === 'post' || data.permalink) return data;
  const id = commentIdOf(post);
  const video = videoOf(page);
  if (!id || !video) {
    return {
      ...data,
      foundBy: {
        ...data.foundBy,
        permalink:
          'none: no comment id in the page; the video’s address and the comment’s author stand for it',
      },
    };
  }
  const publishedAt = data.publishedAt ?? timeOfTikTokId(id);
  return {
    ...data,
    permalink: `https://www.tiktok.com/@${video.handle}/video/${video.id}?comment_id=${id}`,
    publishedAt,
    foundBy: {
      ...data.foundBy,
      permalink: 'comment id (element id of its block) on the video’s address, as TikTok’s comment links',
      ...(publishedAt && !data.publishedAt
        ? { publishedAt: 'comment id (creation time in its top 32 bits)' }
        : {}),
    },
  };
}

export const tiktokReplies: ReplySource = {
  platform: 'tiktok',
  probes: `[data-e2e="browse-video-desc"], [data-e2e="video-desc"], ${COMMENT_TEXT}`,
  complete: completeComment,
};
