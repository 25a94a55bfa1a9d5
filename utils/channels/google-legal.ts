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
  name: 'channelGoogleLegalName',
  serves: ['youtube'],
  formPatterns: ['https://reportcontent.google.com/*', 'https://support.google.com/legal/*'],
  source: 'channelGoogleLegalSource',
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
        label: 'channelFieldDsa',
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
