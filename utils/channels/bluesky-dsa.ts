import { noticeSubject, noticeText } from '../notice/text';
import type { Channel } from './channel';
import {
  contentUrlField,
  countryField,
  emailField,
  field,
  goodFaithField,
  nameField,
  openForm,
} from './common-fields';

// Bluesky's support requests (Zendesk), pre-filled through Zendesk's tf_ params: the email and the
// whole notice as the description, so that nothing is lost if the DSA fields differ (docs/FORMS.md, Bluesky:
// the address and the params were seen in Bluesky's code; a DSA ticket type was not).

const FORM_URL = 'https://blueskyweb.zendesk.com/hc/requests/new';
/** Zendesk and proxies refuse very long addresses: a longer description is typed by the filler. */
const MAX_PREFILL_CHARS = 6000;
/** Zendesk's subject field holds 150 characters. */
const MAX_SUBJECT_CHARS = 150;

export function blueskyRequestUrl(email: string, description: string): string {
  const query = new URLSearchParams();
  if (email) query.set('tf_anonymous_requester_email', email);
  if (encodeURIComponent(description).length <= MAX_PREFILL_CHARS) query.set('tf_description', description);
  const search = query.toString();
  return search ? `${FORM_URL}?${search}` : FORM_URL;
}

export const blueskyDsaChannel: Channel = {
  id: 'bluesky-dsa',
  kind: 'platform-form',
  name: 'channelBlueskyDsaName',
  serves: ['bluesky'],
  formPatterns: ['https://blueskyweb.zendesk.com/hc/*'],
  source: 'channelBlueskyDsaSource',
  // Request type, email, subject, description, link, country, name, statement.
  manualFields: 8,
  action(notice) {
    if (notice.platform !== 'bluesky' || !notice.illegal) return null;
    const description = noticeText(notice);
    const email = notice.anonymous ? '' : notice.email;
    return openForm(blueskyDsaChannel, notice, blueskyRequestUrl(email, description), [
      field(notice, {
        key: 'requestType',
        label: 'channelFieldRequestType',
        labelHints: ['choose your issue', 'issue', 'type of request', 'type de demande'],
        control: 'choice',
        value: 'Report illegal content (EU Digital Services Act)',
        choiceHints: ['illegal', 'illicite', 'digital services act', 'dsa'],
        required: false,
      }),
      emailField(notice, { required: true }),
      field(notice, {
        key: 'subject',
        label: 'channelFieldSubject',
        labelHints: ['subject', 'objet', 'sujet'],
        value: `${noticeSubject(notice)} – ${notice.categoryLabel}`.slice(0, MAX_SUBJECT_CHARS),
        required: true,
      }),
      field(notice, {
        key: 'description',
        label: 'channelFieldDescription',
        labelHints: ['description', 'details', 'explain'],
        value: description,
        required: true,
      }),
      contentUrlField(notice, { required: true }),
      countryField(notice, { required: true }),
      nameField(notice, { required: true }),
      goodFaithField(notice, { required: true }),
    ]);
  },
};

// Cases: test/unit/channels/bluesky-dsa.test.ts on test/fixtures/forms/bluesky-dsa-report.html.
