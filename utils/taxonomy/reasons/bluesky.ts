import type { MessageKey } from '../../i18n/catalogues';
import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// Bluesky: one report dialog, category then option, each option with an Ozone reason code; then the
// moderation service(s) and an optional note. Read in the app's source (docs/FORMS.md, Bluesky; file
// src/components/moderation/ReportDialog/utils/useReportOptions.ts of bluesky-social/social-app at
// commit 05726fc). A later version words the same categories in sentence case ("Harassment or hate",
// "Violence", "Breaking site rules") with the same codes: match the code, or the text loosely.

const source =
  'bluesky-social/social-app, ReportDialog/utils/useReportOptions.ts (commit 05726fc); docs/FORMS.md, Bluesky';
const ozone = (name: string) => `tools.ozone.report.defs#${name}`;

function option(
  category: string,
  text: string,
  code: string,
  fit: 'exact' | 'closest',
  why: MessageKey | null,
) {
  const entry: ReasonEntryInput = {
    flow: 'single',
    steps: [
      { text: category, verified: true },
      { text, verified: true },
    ],
    code: { value: code, verified: true },
    fit,
    matchHints: [],
    source,
    note: why === null ? null : { key: 'taxonomyReasonBlueskyClosestNote', values: { what: { key: why } } },
  };
  return entry;
}

const hateSpeech = ['Harassment or Hate', 'Hate Speech', ozone('reasonHarassmentHateSpeech')] as const;
const targeted = ['Harassment or Hate', 'Targeted Harassment', ozone('reasonHarassmentTargeted')] as const;
const violence = 'Violence or Physical Harm';

export const blueskyReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': option(...hateSpeech, 'exact', null),
  'discriminatory-insult': option(...hateSpeech, 'exact', null),
  'discriminatory-defamation': option(
    ...hateSpeech,
    'closest',
    'taxonomyReasonBlueskyDiscriminatoryDefamationWhat',
  ),
  'apology-of-crimes': option(
    violence,
    'Glorification of Violence',
    ozone('reasonViolenceGlorification'),
    'exact',
    null,
  ),
  'denial-of-crimes-against-humanity': option(
    ...hateSpeech,
    'closest',
    'taxonomyReasonBlueskyDenialOfCrimesAgainstHumanityWhat',
  ),
  terrorism: option(violence, 'Extremist Content', ozone('reasonViolenceExtremistContent'), 'exact', null),
  harassment: option(...targeted, 'exact', null),
  'sexual-harassment': option(...targeted, 'closest', 'taxonomyReasonBlueskySexualHarassmentWhat'),
  threats: option(violence, 'Threats or Incitement', ozone('reasonViolenceThreats'), 'exact', null),
  'child-sexual-content': option(
    'Child Safety',
    'Child Sexual Abuse Material (CSAM)',
    ozone('reasonChildSafetyCSAM'),
    'exact',
    null,
  ),
  'other-illegal': option(
    'Other',
    'Other',
    'com.atproto.moderation.defs#reasonOther',
    'closest',
    'taxonomyReasonBlueskyOtherIllegalWhat',
  ),
  'platform-rules': {
    ...option('Breaking Network Rules', 'Other', ozone('reasonRuleOther'), 'exact', null),
    fit: 'closest',
    note: 'taxonomyReasonBlueskyPlatformRulesNote',
  },
};
