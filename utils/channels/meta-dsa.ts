import type { PlatformId } from '../platform-id';
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
} from './common-fields';

// Meta's help-center form for content believed illegal, shared by Facebook, Instagram and Threads.
// Neither its address nor its fields were seen (FORMS.md §2): Meta's per-law forms live under
// facebook.com/help/contact/<id>; this one's id is a placeholder until the real form is seen.

const FORM_URL = 'https://www.facebook.com/help/contact/dsa-illegal-content';
const products: Partial<Record<PlatformId, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
};

export const metaDsaChannel: Channel = {
  id: 'meta-dsa',
  kind: 'platform-form',
  name: {
    fr: 'Formulaire Meta « Contenu que vous pensez illégal »',
    en: 'Meta’s “Content you believe is illegal” form',
  },
  serves: ['facebook', 'instagram', 'threads'],
  formPatterns: ['https://www.facebook.com/help/contact/*'],
  source: {
    fr: 'Non vérifié : ni l’adresse ni les champs de ce formulaire n’ont été vus. Modèle déduit de l’article 16 du DSA et des formulaires d’aide de Meta (facebook.com/help/contact/…) ; le parcours de Meta varie selon le pays.',
    en: 'Unverified: neither this form’s address nor its fields were seen. Modelled on DSA Art. 16 and Meta’s help-center forms (facebook.com/help/contact/…); Meta’s flow varies by country.',
  },
  // Product, country, links, category, law, explanation, name, email, statement.
  manualFields: 9,
  action(notice) {
    const product = products[notice.platform];
    if (!product || !notice.illegal) return null;
    return openForm(metaDsaChannel, notice, FORM_URL, [
      field(notice, {
        key: 'product',
        label: { fr: 'Service', en: 'Product' },
        labelHints: ['where did you see', 'which product', 'which app', 'ou avez vous vu', 'produit'],
        control: 'choice',
        value: product,
        choiceHints: [product.toLowerCase()],
        required: true,
      }),
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

// Cases: test/unit/channels/meta-dsa.test.ts on test/fixtures/forms/meta-dsa-report.html (three steps).
