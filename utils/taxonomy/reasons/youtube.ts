import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// YouTube: legal complaints go through Google's "Report content for legal reasons" hub
// (support.google.com/legal/answer/3110420), whose webforms route by product, region and legal basis
// (docs/FORMS.md, Google, seen). The DSA-specific question and its category list were not seen.

const source =
  'docs/FORMS.md, Google: Google’s legal-removal hub and its routing by product (seen); DSA step not seen';
const formNote = 'taxonomyReasonYoutubeFormNote';

function notice(option: string, matchHints: string[], fit: 'exact' | 'closest' = 'exact'): ReasonEntryInput {
  return {
    flow: 'illegal-content',
    steps: [
      { text: 'Report content for legal reasons', verified: true },
      { text: 'YouTube', verified: true },
      { text: option, verified: false },
    ],
    code: null,
    fit,
    matchHints,
    source,
    note: formNote,
  };
}

const hate = ['hate', 'haine'];

export const youtubeReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': notice('Hate speech', hate),
  'discriminatory-insult': notice('Hate speech', hate),
  'discriminatory-defamation': notice('Defamation', ['defam', 'diffam']),
  'apology-of-crimes': notice('Other legal issue', ['other', 'autre'], 'closest'),
  'denial-of-crimes-against-humanity': notice('Hate speech', hate, 'closest'),
  terrorism: notice('Terrorist content', ['terror']),
  harassment: notice('Harassment', ['harass', 'harcèlement']),
  'sexual-harassment': notice('Harassment', ['harass', 'harcèlement'], 'closest'),
  threats: notice('Other legal issue', ['threat', 'menace', 'other', 'autre'], 'closest'),
  'child-sexual-content': notice('Child sexual abuse material', ['child', 'minor', 'enfant', 'mineur']),
  'other-illegal': notice('Other legal issue', ['other', 'autre'], 'closest'),
  'platform-rules': {
    flow: 'community-rules',
    steps: [{ text: 'Report', verified: false }],
    code: null,
    fit: 'closest',
    matchHints: [],
    source,
    note: 'taxonomyReasonYoutubePlatformRulesNote',
  },
};
