import type { ReplySource } from './types';

// A Facebook post's page (Comet): the post and each comment are `role=article` blocks (feed
// stories may carry only their ARIA labels); more comments load as the page scrolls.
export const facebookReplies: ReplySource = {
  platform: 'facebook',
  probes:
    '[role="article"], div[aria-posinset][aria-labelledby], div[aria-labelledby][aria-describedby]:not([role])',
};
