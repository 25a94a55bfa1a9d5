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
  name: {
    fr: 'Formulaire X « Signaler un contenu illicite (UE) »',
    en: 'X’s “Report EU illegal content” form',
  },
  serves: ['x'],
  formPatterns: ['https://help.x.com/forms/dsa/report*'],
  source: {
    fr: 'Adresse et paramètres du lien (content_id, content_type, content_author) lus dans le code web de X ; les champs du formulaire n’ont pas été vus : modèle déduit de l’article 16 du DSA. Source : docs/FORMS.md (X), sources publiques vérifiées pour la dernière fois en décembre 2026.',
    en: 'Address and link parameters (content_id, content_type, content_author) read in X’s web code; the form’s fields were not seen: modelled on DSA Art. 16. Source: docs/FORMS.md (X), public sources last checked December 2026.',
  },
  // Reporter type, address, category, country, provision, explanation, name, email, statement, signature.
  manualFields: 10,
  action(notice) {
    if (notice.platform !== 'x' || !notice.illegal) return null;
    const url = xDsaFormUrl(notice.urls[0] ?? '', notice.authorHandle);
    return openForm(xDsaChannel, notice, url, [
      field(notice, {
        key: 'reporterType',
        label: { fr: 'Vous signalez en tant que', en: 'Reporting as' },
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
