import type { Channel } from './channel';
import {
  categoryField,
  contentUrlField,
  countryField,
  emailField,
  explanationField,
  goodFaithField,
  legalBasisField,
  nameField,
  openForm,
  reasonOf,
} from './common-fields';

// LinkedIn: no illegal-content (DSA) form was found (FORMS.md §6); LinkedIn's help forms live under
// linkedin.com/help/linkedin/ask/<code>. This models the form Art. 16 calls for, at a placeholder
// address, until the real one is seen.

const FORM_URL = 'https://www.linkedin.com/help/linkedin/ask/dsa-illegal-content';

export const linkedinDsaChannel: Channel = {
  id: 'linkedin-dsa',
  kind: 'platform-form',
  name: {
    fr: 'Formulaire LinkedIn de signalement de contenu illicite',
    en: 'LinkedIn’s illegal-content form',
  },
  serves: ['linkedin'],
  formPatterns: ['https://www.linkedin.com/help/linkedin/ask/*'],
  source: {
    fr: 'Non vérifié : aucun formulaire LinkedIn propre aux contenus illicites n’a été trouvé ; adresse provisoire et champs déduits de l’article 16 du DSA.',
    en: 'Unverified: no LinkedIn form for illegal content was found; placeholder address and fields modelled on DSA Art. 16.',
  },
  // Address, category, country, law, explanation, name, email, statement.
  manualFields: 8,
  action(notice) {
    if (notice.platform !== 'linkedin' || !notice.illegal) return null;
    return openForm(linkedinDsaChannel, notice, FORM_URL, [
      contentUrlField(notice, { required: true }),
      categoryField(notice, reasonOf(notice), { required: true }),
      countryField(notice, { required: true }),
      legalBasisField(notice, { required: false }),
      explanationField(notice, { required: true }),
      nameField(notice, { required: true }),
      emailField(notice, { required: true }),
      goodFaithField(notice, { required: true }),
    ]);
  },
};

// Cases: test/unit/channels/linkedin-dsa.test.ts on test/fixtures/forms/linkedin-dsa-report.html.
