import type { ReplySource } from './types';

// Today's comments page (`shreddit-post`, `shreddit-comment`), old.reddit's `div.thing` (t3_ the
// post, t1_ each comment) and the 2019 redesign's post container and `t1_` comment ids.
export const redditReplies: ReplySource = {
  platform: 'reddit',
  probes:
    'shreddit-post, shreddit-comment, div.thing[data-fullname^="t3_"], div.thing[data-fullname^="t1_"], [data-testid="post-container"], div[id^="t1_"]',
};
