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

// TikTok's "Report illegal content": a category, then "Select country" (required), "Relevant law"
// (optional) and "Reasons", as TikTok's own page describes it (FORMS.md §4). The web form's address
// and its other fields were not seen.

const FORM_URL = 'https://www.tiktok.com/legal/report/illegal-content';

export const tiktokIllegalChannel: Channel = {
  id: 'tiktok-illegal',
  kind: 'platform-form',
  name: {
    fr: 'Formulaire TikTok « Signaler un contenu illégal »',
    en: 'TikTok’s “Report illegal content” form',
  },
  serves: ['tiktok'],
  formPatterns: ['https://www.tiktok.com/legal/report/*'],
  source: {
    fr: 'Champs « Select country » (obligatoire), « Relevant law » (facultatif) et « Reasons » décrits par la page de TikTok sur le signalement des contenus illégaux ; l’adresse du formulaire web, la liste des catégories (hors discours de haine et harcèlement) et les autres champs n’ont pas été vus.',
    en: '“Select country” (required), “Relevant law” (optional) and “Reasons” as described on TikTok’s page on reporting illegal content; the web form’s address, the category list (beyond hate speech and harassment) and the other fields were not seen.',
  },
  // Address, category, country, law, reasons, name, email, statement.
  manualFields: 8,
  action(notice) {
    if (notice.platform !== 'tiktok' || !notice.illegal) return null;
    return openForm(tiktokIllegalChannel, notice, FORM_URL, [
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

// Cases: test/unit/channels/tiktok-illegal.test.ts on test/fixtures/forms/tiktok-illegal-report.html.
