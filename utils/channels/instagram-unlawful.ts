import type { FieldSpec } from '../form-fill/plan';
import type { Notice } from '../notice/notice';
import type { Channel } from './channel';
import {
  countryField,
  emailField,
  explanationField,
  field,
  goodFaithField,
  legalBasisField,
  openForm,
  signatureField,
} from './common-fields';

// Instagram's form to "report content you believe is unlawful in your country without logging in"
// (docs/FORMS.md, Meta). Its address, its `URLs1` link parameter and its field names were read in
// public code (gb_country, Field237366092180898 for the law, legal_explanation, Name, Surname,
// email_address, email_confirm, URLs1…URLs5, signature, Final_agree); its labels were not seen, so
// each field is found by its label's likely words or, failing a label, by its name.

const FORM_ID = '406206379945942';
const FORM_URL = `https://help.instagram.com/contact/${FORM_ID}`;
/** The form takes up to five addresses, one a box. */
const MAX_URLS = 5;

/** First name(s) and surname from one typed name: the last word is taken as the surname. */
function nameParts(notice: Notice): { given: string; surname: string } {
  const words = notice.anonymous ? [] : notice.name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { given: words.join(''), surname: '' };
  return { given: words.slice(0, -1).join(' '), surname: words.at(-1) ?? '' };
}

function urlFields(notice: Notice): FieldSpec[] {
  return notice.urls.slice(0, MAX_URLS).map((url, i) =>
    field(notice, {
      key: i === 0 ? 'contentUrl' : `contentUrl${i + 1}`,
      label: 'channelFieldContentAddressNumbered',
      labelValues: { n: i + 1 },
      labelHints: [`urls${i + 1}`],
      value: url,
      required: i === 0,
    }),
  );
}

export const instagramUnlawfulChannel: Channel = {
  id: 'instagram-unlawful',
  kind: 'platform-form',
  name: 'channelInstagramUnlawfulName',
  serves: ['instagram'],
  formPatterns: [`https://help.instagram.com/contact/${FORM_ID}*`],
  source: 'channelInstagramUnlawfulSource',
  // Country, law, explanation, on whose behalf, first name, surname, email twice, link, signature,
  // statement.
  manualFields: 11,
  action(notice) {
    if (notice.platform !== 'instagram' || !notice.illegal) return null;
    const url = new URL(FORM_URL);
    if (notice.urls[0]) url.searchParams.set('URLs1', notice.urls[0]);
    const { given, surname } = nameParts(notice);
    return openForm(instagramUnlawfulChannel, notice, url.href, [
      countryField(notice, { required: true, labelHints: ['gb country', 'country', 'pays'] }),
      legalBasisField(notice, {
        required: true,
        labelHints: ['field237366092180898', 'which law', 'law', 'loi'],
      }),
      explanationField(notice, { required: true, labelHints: ['legal explanation', 'explain'] }),
      field(notice, {
        key: 'onBehalf',
        label: 'channelFieldOnBehalf',
        labelHints: ['authorization', 'behalf', 'au nom de'],
        control: 'choice',
        value: 'Myself',
        choiceHints: ['myself', 'moi meme', 'moi'],
        required: true,
      }),
      field(notice, {
        key: 'name',
        label: 'channelFieldFirstName',
        labelHints: ['first name', 'prenom', 'name'],
        value: given,
        required: true,
      }),
      field(notice, {
        key: 'surname',
        label: 'channelFieldSurname',
        labelHints: ['surname', 'last name', 'nom de famille'],
        value: surname,
        required: true,
      }),
      emailField(notice, { required: true, labelHints: ['email address', 'adresse e mail'] }),
      field(notice, {
        key: 'emailConfirm',
        label: 'channelFieldEmailConfirm',
        labelHints: ['email confirm', 'confirm email', 're enter', 'confirmez'],
        value: notice.anonymous ? '' : notice.email,
        required: true,
      }),
      ...urlFields(notice),
      signatureField(notice, { required: true }),
      goodFaithField(notice, { required: true, labelHints: ['final agree', 'good faith', 'accurate'] }),
    ]);
  },
};

// Cases: test/unit/channels/instagram-unlawful.test.ts on test/fixtures/forms/instagram-unlawful-report.html.
