import type { MessageKey } from '../../i18n/catalogues';
import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// Reddit: www.reddit.com/report takes ?reason=<slug>; the slugs were read in bot code of about 2021
// (docs/FORMS.md, Reddit), so the code is verified but may have changed since. The labels are the slugs
// spelled out, not seen on the form. A DSA "illegal under EU law" option was not seen.

const source = 'docs/FORMS.md, Reddit: reddit.com/report reason slugs, read in bot code (c. 2021)';

function slug(
  label: string,
  value: string,
  fit: 'exact' | 'closest',
  note: MessageKey | null,
): ReasonEntryInput {
  return {
    flow: 'community-rules',
    steps: [{ text: label, verified: false }],
    code: { value, verified: true },
    fit,
    matchHints: [],
    source,
    note: note === null ? null : { key: 'taxonomyReasonRedditClosestNote', values: { what: { key: note } } },
  };
}

const hate = [
  'It’s promoting hate based on identity or vulnerability',
  'its-promoting-hate-based-on-identity-or-vulnerability',
] as const;
const violence = [
  'It threatens violence or physical harm',
  'it-threatens-violence-or-physical-harm',
] as const;
const harassment = ['It’s targeted harassment', 'its-targeted-harassment'] as const;

export const redditReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': slug(...hate, 'exact', null),
  'discriminatory-insult': slug(...hate, 'exact', null),
  'discriminatory-defamation': slug(...hate, 'closest', 'taxonomyReasonRedditDiscriminatoryDefamationWhat'),
  'apology-of-crimes': slug(...violence, 'closest', 'taxonomyReasonRedditApologyOfCrimesWhat'),
  'denial-of-crimes-against-humanity': slug(
    ...hate,
    'closest',
    'taxonomyReasonRedditDenialOfCrimesAgainstHumanityWhat',
  ),
  terrorism: slug(...violence, 'closest', 'taxonomyReasonRedditTerrorismWhat'),
  harassment: slug(...harassment, 'exact', null),
  'sexual-harassment': slug(...harassment, 'closest', 'taxonomyReasonRedditSexualHarassmentWhat'),
  threats: slug(...violence, 'exact', null),
  'child-sexual-content': slug(
    'It’s sexual or suggestive content involving minors',
    'its-sexual-or-suggestive-content-involving-minors',
    'exact',
    null,
  ),
  'other-illegal': {
    flow: 'illegal-content',
    steps: [{ text: 'Illegal content under EU law', verified: false }],
    code: null,
    fit: 'closest',
    matchHints: ['illegal', 'illégal', 'eu law', 'loi'],
    source,
    note: 'taxonomyReasonRedditOtherIllegalNote',
  },
  'platform-rules': {
    ...slug('It’s rude, vulgar or offensive', 'its-rude-vulgar-or-offensive', 'closest', null),
    note: 'taxonomyReasonRedditPlatformRulesNote',
  },
};
