import type { CategoryId } from '../category-ids';
import type { Localized } from '../localized';
import type { ReasonEntryInput } from './reason-schema';

// Reddit: www.reddit.com/report takes ?reason=<slug>; the slugs were read in bot code of about 2021
// (docs/FORMS.md, Reddit), so the code is verified but may have changed since. The labels are the slugs
// spelled out, not seen on the form. A DSA "illegal under EU law" option was not seen.

const source = 'docs/FORMS.md, Reddit: reddit.com/report reason slugs, read in bot code (c. 2021)';

function slug(
  label: string,
  value: string,
  fit: 'exact' | 'closest',
  note: Localized | null,
): ReasonEntryInput {
  return {
    flow: 'community-rules',
    steps: [{ text: label, verified: false }],
    code: { value, verified: true },
    fit,
    matchHints: [],
    source,
    note:
      note === null
        ? null
        : {
            fr: `Aucune raison de la liste lue ne désigne ${note.fr} ; celle-ci est la plus proche. Citez la loi dans le texte libre s’il y en a un.`,
            en: `No reason in the list read names ${note.en}; this is the nearest. Cite the law in the free text if there is one.`,
          },
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
  'discriminatory-defamation': slug(...hate, 'closest', { fr: 'la diffamation', en: 'defamation' }),
  'apology-of-crimes': slug(...violence, 'closest', { fr: 'l’apologie', en: 'apology' }),
  'denial-of-crimes-against-humanity': slug(...hate, 'closest', { fr: 'la négation', en: 'denial' }),
  terrorism: slug(...violence, 'closest', { fr: 'le terrorisme', en: 'terrorism' }),
  harassment: slug(...harassment, 'exact', null),
  'sexual-harassment': slug(...harassment, 'closest', {
    fr: 'le harcèlement sexuel',
    en: 'sexual harassment',
  }),
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
    note: {
      fr: 'Une option « illicite selon le droit de l’UE » est attendue (DSA art. 16) mais n’a pas été vue.',
      en: 'An “illegal under EU law” option is expected (DSA Art. 16) but was not seen.',
    },
  },
  'platform-rules': {
    ...slug('It’s rude, vulgar or offensive', 'its-rude-vulgar-or-offensive', 'closest', null),
    note: {
      fr: 'Choisissez la raison de la règle enfreinte (this-is-spam, this-is-misinformation…) ; celle-ci vaut pour les propos grossiers ou offensants.',
      en: 'Choose the reason of the rule that was broken (this-is-spam, this-is-misinformation…); this one is for rude or offensive content.',
    },
  },
};
