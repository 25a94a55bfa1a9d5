import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// LinkedIn: everyone but trusted flaggers reports through the "…" (More) menu of a post, comment,
// profile or message (LinkedIn Help, docs/FORMS.md, LinkedIn). No LinkedIn illegal-content (DSA) form was found,
// and the reason list was not seen: the second step is the expected wording.

const source =
  'docs/FORMS.md, LinkedIn: LinkedIn Help (report from the “…” menu); reasons not seen, no DSA form found';
const ordinaryNote = 'taxonomyReasonLinkedinOrdinaryNote';

function report(option: string, matchHints: string[], fit: 'exact' | 'closest' = 'exact'): ReasonEntryInput {
  return {
    flow: 'community-rules',
    steps: [
      { text: 'Report', verified: true },
      { text: option, verified: false },
    ],
    code: null,
    fit,
    matchHints,
    source,
    note: ordinaryNote,
  };
}

const hate = ['hate', 'haine', 'haineu'];

export const linkedinReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': report('Hateful speech', hate),
  'discriminatory-insult': report('Hateful speech', hate),
  'discriminatory-defamation': report('Hateful speech', hate, 'closest'),
  'apology-of-crimes': report('Violence', ['violen'], 'closest'),
  'denial-of-crimes-against-humanity': report('Hateful speech', hate, 'closest'),
  terrorism: report('Dangerous or extremist organizations', ['extremis', 'terror', 'dangerous']),
  harassment: report('Harassment', ['harass', 'harcèlement']),
  'sexual-harassment': report('Harassment', ['harass', 'harcèlement', 'sexual'], 'closest'),
  threats: report('Threats or violence', ['threat', 'menace', 'violen']),
  'child-sexual-content': report('Child exploitation', ['child', 'minor', 'enfant', 'mineur']),
  'other-illegal': report('Something else', ['else', 'other', 'autre'], 'closest'),
  'platform-rules': {
    flow: 'community-rules',
    steps: [{ text: 'Report', verified: true }],
    code: null,
    fit: 'closest',
    matchHints: [],
    source,
    note: 'taxonomyReasonLinkedinPlatformRulesNote',
  },
};
