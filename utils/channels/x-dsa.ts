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

// X's "Report EU illegal content" form. Its address and deep link (content_id, content_type,
// content_author) were read in X's web client; its fields were not seen (docs/FORMS.md, X).

const FORM_URL = 'https://help.x.com/forms/dsa/report';

/** The link X's own "Report EU illegal content" menu item opens for a post. */
function xDsaFormUrl(postUrl: string, authorHandle: string | null): string {
  const query = new URLSearchParams({ content_id: postUrl, content_type: 'post' });
  if (authorHandle) query.set('content_author', `@${authorHandle.replace(/^@/, '')}`);
  return `${FORM_URL}?${query}`;
}

export const xDsaChannel: Channel = {
  id: 'x-dsa',
  kind: 'platform-form',
  name: 'channelXDsaName',
  serves: ['x'],
  formPatterns: ['https://help.x.com/forms/dsa/report*'],
  source: 'channelXDsaSource',
  // Reporter type, address, category, country, provision, explanation, name, email, statement, signature.
  manualFields: 10,
  action(notice) {
    if (notice.platform !== 'x' || !notice.illegal) return null;
    const url = xDsaFormUrl(notice.urls[0] ?? '', notice.authorHandle);
    return openForm(xDsaChannel, notice, url, [
      field(notice, {
        key: 'reporterType',
        label: 'channelFieldReporterType',
        labelHints: ['reporting as', 'reporter', 'who are you', 'en tant que', 'vous etes'],
        control: 'choice',
        value: 'Individual',
        choiceHints: ['individual', 'particulier', 'personne physique', 'myself'],
        required: true,
      }),
      contentUrlField(notice, { required: true }),
      categoryField(notice, reasonOf(notice), { required: true }),
      countryField(notice, { required: true }),
      legalBasisField(notice, { required: false }),
      explanationField(notice, { required: true }),
      nameField(notice, { required: true }),
      emailField(notice, { required: true }),
      goodFaithField(notice, { required: true }),
      signatureField(notice, { required: true }),
    ]);
  },
};

// Cases: test/unit/channels/x-dsa.test.ts on test/fixtures/forms/x-dsa-report.html, its changed
// copy (new ids, order and wording) and its copy without a legal-provision field.
