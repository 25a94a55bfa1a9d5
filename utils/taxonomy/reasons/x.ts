import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// X: the post's "…" menu has "Report EU illegal content" (in the EU) next to "Report post"; it opens
// help.x.com/forms/dsa/report. Both seen in X's web client code (docs/FORMS.md, X). The form's own
// category list was not seen: the second step is the expected option, unverified.

const source =
  'docs/FORMS.md, X: menu item and form URL read in X’s web client code; the form’s categories not seen';
const formNote = 'taxonomyReasonXFormNote';

function notice(option: string, matchHints: string[], fit: 'exact' | 'closest' = 'exact'): ReasonEntryInput {
  return {
    flow: 'illegal-content',
    steps: [
      { text: 'Report EU illegal content', verified: true },
      { text: option, verified: false },
    ],
    code: null,
    fit,
    matchHints,
    source,
    note: formNote,
  };
}

const hate = ['hate', 'haine', 'haineu'];

export const xReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': notice('Hate speech', hate),
  'discriminatory-insult': notice('Hate speech', hate),
  'discriminatory-defamation': notice('Defamation', ['defam', 'diffam']),
  'apology-of-crimes': notice('Violent speech', ['violen'], 'closest'),
  'denial-of-crimes-against-humanity': notice('Hate speech', hate, 'closest'),
  terrorism: notice('Terrorism', ['terror']),
  harassment: notice('Harassment', ['harass', 'harcèlement']),
  'sexual-harassment': notice('Harassment', ['harass', 'harcèlement', 'sexual'], 'closest'),
  threats: notice('Violent speech', ['threat', 'menace', 'violen'], 'closest'),
  'child-sexual-content': notice('Child sexual exploitation', ['child', 'minor', 'enfant', 'mineur']),
  'other-illegal': notice('Other', ['other', 'autre'], 'closest'),
  'platform-rules': {
    flow: 'community-rules',
    steps: [{ text: 'Report post', verified: true }],
    code: null,
    fit: 'closest',
    matchHints: [],
    source,
    note: 'taxonomyReasonXPlatformRulesNote',
  },
};
