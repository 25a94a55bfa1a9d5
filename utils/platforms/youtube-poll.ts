import { withPollOptions } from './poll';
import { own } from './youtube-markup';

// A community post's poll: its options are what its author wrote, read after the post's text.
// Once voted on, an option also shows its share of the votes, which `withPollOptions` leaves out.
const POLL_OPTION = 'ytd-backstage-poll-renderer .choice-info, ytd-backstage-poll-renderer [role="radio"]';

/** The post's text followed by its poll's options, if it has a poll. */
export function withCommunityPoll(text: string, post: Element): string {
  return withPollOptions(text, own(post, POLL_OPTION));
}
