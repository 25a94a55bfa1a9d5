import type { PlatformId } from '../../model';
import { blueskyAdapter } from '../../platforms/bluesky';
import { facebookAdapter } from '../../platforms/facebook';
import { instagramAdapter } from '../../platforms/instagram';
import { linkedinAdapter } from '../../platforms/linkedin';
import { mastodonAdapter } from '../../platforms/mastodon';
import { redditAdapter } from '../../platforms/reddit';
import { threadsAdapter } from '../../platforms/threads';
import { tiktokAdapter } from '../../platforms/tiktok';
import { xAdapter } from '../../platforms/x';
import { youtubeAdapter } from '../../platforms/youtube';
import { blueskyReplies } from './bluesky';
import { facebookReplies } from './facebook';
import { instagramReplies } from './instagram';
import { linkedinReplies } from './linkedin';
import { mastodonReplies } from './mastodon';
import { redditReplies } from './reddit';
import { threadsReplies } from './threads';
import { tiktokReplies } from './tiktok';
import type { ReplySource } from './types';
import { xReplies } from './x';
import { youtubeReplies } from './youtube';

/** The platforms whose replies a pile-on collection can list. Adding one is a file and a line here. */
const sources: readonly ReplySource[] = [
  xReplies,
  blueskyReplies,
  redditReplies,
  youtubeReplies,
  instagramReplies,
  mastodonReplies,
  threadsReplies,
  facebookReplies,
  linkedinReplies,
  tiktokReplies,
];

export function replySourceFor(platform: PlatformId): ReplySource | null {
  return sources.find((s) => s.platform === platform) ?? null;
}

/** Pages where "Document the replies on this page…" shows: those of the platforms above. */
export const pileonMatchPatterns: string[] = [
  xAdapter,
  blueskyAdapter,
  redditAdapter,
  youtubeAdapter,
  instagramAdapter,
  mastodonAdapter,
  threadsAdapter,
  facebookAdapter,
  linkedinAdapter,
  tiktokAdapter,
].flatMap((a) => [...a.matches]);
