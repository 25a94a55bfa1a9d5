import type { Channel } from './channel';
import {
  categoryField,
  contentUrlField,
  countryField,
  emailField,
  explanationField,
  field,
  goodFaithField,
  legalBasisField,
  nameField,
  openForm,
  reasonOf,
  signatureField,
} from './common-fields';

// Google's "other legal issue" webform, routed to YouTube by its query. The address and the field
// names (full_name, contact_email_noprefill, url_box, legalother_explain, signature…) were seen in
// code; the DSA question and what follows it were not (FORMS.md §3).

const FORM_URL = 'https://support.google.com/legal/contact/lr_legalother?product=youtube';

export const googleLegalChannel: Channel = {
  id: 'google-legal',
  kind: 'platform-form',
  name: {
    fr: 'Formulaire Google « Signaler un contenu pour des raisons juridiques » (YouTube)',
    en: 'Google’s “Report content for legal reasons” form (YouTube)',
  },
  serves: ['youtube'],
  formPatterns: ['https://support.google.com/legal/contact/*'],
  source: {
    fr: 'Adresse et noms des champs vus dans du code public (lr_legalother, full_name, url_box, legalother_explain…) ; la question DSA, le pays, la catégorie et la loi citée n’ont pas été vus.',
    en: 'Address and field names seen in public code (lr_legalother, full_name, url_box, legalother_explain…); the DSA question, country, category and law cited were not seen.',
  },
  // Residence, name, email, DSA question, country, category, law, address, explanation, statement,
  // date, signature.
  manualFields: 12,
  action(notice) {
    if (notice.platform !== 'youtube' || !notice.illegal) return null;
    return openForm(googleLegalChannel, notice, FORM_URL, [
      nameField(notice, { required: true }),
      emailField(notice, { required: true }),
      // Answering yes shows the country, category and law: they come after it in this list.
      field(notice, {
        key: 'dsa',
        label: { fr: 'Signalement au titre du DSA', en: 'Report under the DSA' },
        labelHints: ['digital services act', 'dsa', 'services numeriques'],
        control: 'choice',
        value: 'Yes',
        choiceHints: ['yes', 'oui'],
        required: true,
      }),
      // "Country of residence" comes first on the form and is the person's own: not this one.
      countryField(notice, {
        required: true,
        labelHints: ['which country', 'whose law', 'quel pays', 'pays dont', 'etat membre'],
      }),
      categoryField(notice, reasonOf(notice), { required: true }),
      legalBasisField(notice, { required: false }),
      contentUrlField(notice, { required: true }),
      explanationField(notice, { required: true }),
      goodFaithField(notice, { required: true }),
      signatureField(notice, { required: true }),
    ]);
  },
};

// Cases: test/unit/channels/google-legal.test.ts on test/fixtures/forms/google-legal-report.html.
