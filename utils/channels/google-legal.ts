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

// Google's content-reporting troubleshooter, deep-linked with the content's address as `content_id`
// and `url` (docs/FORMS.md, Google: read in Google's own code). It routes to Google's legal forms,
// whose shared field names (full_name, contact_email_noprefill, url_box, signature…) were seen in
// code; YouTube's `product` value, the DSA question and what follows it were not: the
// troubleshooter asks for the product, and the fields are found by their labels.

const TROUBLESHOOTER = 'https://reportcontent.google.com/troubleshooter';

function troubleshooterUrl(contentUrl: string): string {
  const url = new URL(TROUBLESHOOTER);
  url.searchParams.set('content_id', contentUrl);
  url.searchParams.set('url', contentUrl);
  return url.href;
}

export const googleLegalChannel: Channel = {
  id: 'google-legal',
  kind: 'platform-form',
  name: {
    fr: 'Formulaire Google « Signaler un contenu pour des raisons juridiques » (YouTube)',
    en: 'Google’s “Report content for legal reasons” form (YouTube)',
  },
  serves: ['youtube'],
  formPatterns: ['https://reportcontent.google.com/*', 'https://support.google.com/legal/*'],
  source: {
    fr: 'Adresse reportcontent.google.com/troubleshooter et paramètres content_id et url lus dans le code officiel de Google (dart-lang/pub-dev) ; noms des champs des formulaires juridiques de Google (full_name, contact_email_noprefill, url_box, signature…) vus dans du code public. La valeur « product » de YouTube, la question DSA, le pays, la catégorie et la loi citée n’ont pas été vus. Source : docs/FORMS.md (Google), sources publiques vérifiées pour la dernière fois en décembre 2026.',
    en: 'The reportcontent.google.com/troubleshooter address and its content_id and url parameters read in Google’s official code (dart-lang/pub-dev); the field names of Google’s legal forms (full_name, contact_email_noprefill, url_box, signature…) seen in public code. YouTube’s “product” value, the DSA question, country, category and law cited were not seen. Source: docs/FORMS.md (Google), public sources last checked December 2026.',
  },
  // Residence, name, email, DSA question, country, category, law, address, explanation, statement,
  // date, signature.
  manualFields: 12,
  action(notice) {
    if (notice.platform !== 'youtube' || !notice.illegal) return null;
    return openForm(googleLegalChannel, notice, troubleshooterUrl(notice.urls[0] ?? ''), [
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
