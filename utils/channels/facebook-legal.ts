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

// Facebook's "Legal Removal Request" form (docs/FORMS.md, Meta: its address and its questions —
// country, the legal issue, "I want to report", the specific laws, an explanation, an upload — from
// Meta's own page; the fields' names and exact labels were not seen, so filling goes by label).

const FORM_URL = 'https://www.facebook.com/help/contact/319149701968527';

export const facebookLegalChannel: Channel = {
  id: 'facebook-legal',
  kind: 'platform-form',
  name: 'channelFacebookLegalName',
  serves: ['facebook'],
  formPatterns: ['https://www.facebook.com/help/contact/319149701968527*'],
  source: 'channelFacebookLegalSource',
  // Country, links, legal issue, law, explanation, name, email, statement.
  manualFields: 8,
  action(notice) {
    if (notice.platform !== 'facebook' || !notice.illegal) return null;
    return openForm(facebookLegalChannel, notice, FORM_URL, [
      countryField(notice, { required: true }),
      contentUrlField(notice, { required: true, allUrls: true }),
      categoryField(notice, reasonOf(notice), { required: true }),
      legalBasisField(notice, { required: false }),
      explanationField(notice, { required: true, otherUrls: false }),
      nameField(notice, { required: true }),
      emailField(notice, { required: true }),
      goodFaithField(notice, { required: true }),
    ]);
  },
};

// Cases: test/unit/channels/facebook-legal.test.ts on test/fixtures/forms/facebook-legal-removal.html.
