import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// Mastodon: one report dialog per server, "Tell us what's going on": "It's illegal" (API category
// `legal`) or "It violates server rules" (`violation`, shown only when the server has rules), then posts
// and an optional comment. Read in mastodon/mastodon app/javascript/mastodon/features/report (docs/FORMS.md, Mastodon).

const source = 'mastodon/mastodon, app/javascript/mastodon/features/report (docs/FORMS.md, Mastodon)';
const forwardNote = 'taxonomyReasonMastodonForwardNote';

const illegal: ReasonEntryInput = {
  flow: 'single',
  steps: [{ text: 'It’s illegal', verified: true }],
  code: { value: 'legal', verified: true },
  fit: 'exact',
  matchHints: ['illegal', 'illégal'],
  source,
  note: forwardNote,
};

export const mastodonReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': illegal,
  'discriminatory-insult': illegal,
  'discriminatory-defamation': illegal,
  'apology-of-crimes': illegal,
  'denial-of-crimes-against-humanity': illegal,
  terrorism: illegal,
  harassment: illegal,
  'sexual-harassment': illegal,
  threats: illegal,
  'child-sexual-content': illegal,
  'other-illegal': illegal,
  'platform-rules': {
    flow: 'single',
    steps: [{ text: 'It violates server rules', verified: true }],
    code: { value: 'violation', verified: true },
    fit: 'exact',
    matchHints: ['rules', 'règles'],
    source,
    note: 'taxonomyReasonMastodonPlatformRulesNote',
  },
};
