import type { CategoryId } from '../category-ids';
import type { Localized } from '../localized';
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
  why: Localized | null,
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
    note:
      why === null
        ? null
        : {
            fr: `Aucune option ne désigne ${why.fr} ; celle-ci est la plus proche. Précisez l’infraction et l’article de loi dans le champ facultatif (300 caractères dans certains clients).`,
            en: `No option names ${why.en}; this is the nearest. Give the offence and the article of law in the optional field (300 characters in some clients).`,
          },
  };
  return entry;
}

const hateSpeech = ['Harassment or Hate', 'Hate Speech', ozone('reasonHarassmentHateSpeech')] as const;
const targeted = ['Harassment or Hate', 'Targeted Harassment', ozone('reasonHarassmentTargeted')] as const;
const violence = 'Violence or Physical Harm';

export const blueskyReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': option(...hateSpeech, 'exact', null),
  'discriminatory-insult': option(...hateSpeech, 'exact', null),
  'discriminatory-defamation': option(...hateSpeech, 'closest', { fr: 'la diffamation', en: 'defamation' }),
  'apology-of-crimes': option(
    violence,
    'Glorification of Violence',
    ozone('reasonViolenceGlorification'),
    'exact',
    null,
  ),
  'denial-of-crimes-against-humanity': option(...hateSpeech, 'closest', { fr: 'la négation', en: 'denial' }),
  terrorism: option(violence, 'Extremist Content', ozone('reasonViolenceExtremistContent'), 'exact', null),
  harassment: option(...targeted, 'exact', null),
  'sexual-harassment': option(...targeted, 'closest', {
    fr: 'le harcèlement sexuel',
    en: 'sexual harassment',
  }),
  threats: option(violence, 'Threats or Incitement', ozone('reasonViolenceThreats'), 'exact', null),
  'child-sexual-content': option(
    'Child Safety',
    'Child Sexual Abuse Material (CSAM)',
    ozone('reasonChildSafetyCSAM'),
    'exact',
    null,
  ),
  'other-illegal': option('Other', 'Other', 'com.atproto.moderation.defs#reasonOther', 'closest', {
    fr: 'un contenu illicite en général',
    en: 'illegal content in general',
  }),
  'platform-rules': {
    ...option('Breaking Network Rules', 'Other', ozone('reasonRuleOther'), 'exact', null),
    fit: 'closest',
    note: {
      fr: 'Choisissez l’option qui nomme la règle enfreinte s’il y en a une (par exemple « Trolling » sous « Harassment or Hate ») ; sinon celle-ci.',
      en: 'Choose the option that names the rule broken if there is one (for example “Trolling” under “Harassment or Hate”); otherwise this one.',
    },
  },
};
