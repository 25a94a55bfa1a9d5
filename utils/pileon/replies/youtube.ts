import type { ReplySource } from './types';

// A watch page: the video's metadata block, then each comment and reply (2024 view model or the
// older renderer); comments load as the page scrolls, replies when a thread is expanded.
export const youtubeReplies: ReplySource = {
  platform: 'youtube',
  probes: 'ytd-watch-metadata, ytd-backstage-post-renderer, ytd-comment-view-model, ytd-comment-renderer',
};
