import type { ReplySource } from './types';

// Mastodon's thread view (any instance): the focused status is `.detailed-status`, the statuses
// above and below it `.status` (`.status-reply` for each reply), every one in its own wrapper.
export const mastodonReplies: ReplySource = { platform: 'mastodon', probes: '.detailed-status, .status' };
