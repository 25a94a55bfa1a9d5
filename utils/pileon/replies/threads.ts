import type { ReplySource } from './types';

// A Threads post page: the post's parents, the post, then each reply, every one a pressable
// container (`div[data-pressable-container=true]`); more replies load as the page scrolls.
export const threadsReplies: ReplySource = {
  platform: 'threads',
  probes: 'div[data-pressable-container="true"]',
};
