import type { ReplySource } from './types';

// A LinkedIn post's page (/feed/update/<urn>/ signed in, /posts/… public): the post, and inside it
// each comment, `article[data-id="urn:li:comment:(…)"]` signed in, `section.comment` in public.
// "Load more comments" adds the next ones to the same list.
export const linkedinReplies: ReplySource = {
  platform: 'linkedin',
  probes:
    'div.feed-shared-update-v2, article[data-activity-urn], article.main-feed-activity-card, article[data-id^="urn:li:comment:"], article.comments-comment-entity, section.comment',
};
