import type { ReplySource } from './types';

// X draws the focused post and every reply below it as `article[data-testid=tweet]`; replies
// further down load as the page scrolls, and those scrolled far away are unmounted.
export const xReplies: ReplySource = { platform: 'x', probes: 'article[data-testid="tweet"]' };
