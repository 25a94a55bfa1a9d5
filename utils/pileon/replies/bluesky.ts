import type { ReplySource } from './types';

// A Bluesky thread screen: the focused post and each reply are `postThreadItem-by-<handle>` items.
export const blueskyReplies: ReplySource = {
  platform: 'bluesky',
  probes: '[data-testid^="postThreadItem-by-"]',
};
