import type { ReplySource } from './types';

// Instagram's markup has no stable hook per comment: each one (and the caption) has a time in a
// link to it (/p/<code>/c/<id>/), from which the adapter finds the comment's block.
export const instagramReplies: ReplySource = {
  platform: 'instagram',
  probes: 'main time[datetime], article time[datetime]',
};
