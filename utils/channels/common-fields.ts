import type { FieldSpec } from '../form-fill/plan';
import { type MessageKey, t } from '../i18n';
import { fill } from '../i18n/fill';
import type { Notice } from '../notice/notice';
import { reasonsText } from '../notice/text';
import { reasonFor } from '../taxonomy';
import { categoryIdSchema } from '../taxonomy/category-ids';
import type { ReasonEntry } from '../taxonomy/platform-reasons';
import type { ChannelAction } from './channel';
import { panelStrings } from './panel-strings';

// The fields most notice forms share (DSA Art. 16(2): address, reasons, name, email, good faith),
// built once so every channel finds them with the same words. Labels are catalogue keys, shown in the
// notice's language, as the panel is. Hints are lower case, without accents,
// French and English, and each must start a word of the form's label: "nom" finds "Nom", not "Prénom".
// A hint that also starts a word of another field's label takes that field when it comes first, so
// generic words ("law", "name", "adresse") are left out.

const URL_HINTS = ['url', 'link', 'lien', 'adresse du contenu', 'adresse web', 'web address'];
const CATEGORY_HINTS = ['category', 'categorie', 'type of illegal', 'type de contenu', 'kind of'];
const COUNTRY_HINTS = ['country', 'pays', 'member state', 'etat membre'];
const LEGAL_BASIS_HINTS = [
  'legal provision',
  'provision',
  'disposition',
  'legal basis',
  'base legale',
  'fondement',
  'relevant law',
  'which law',
  'quelle loi',
  'loi concernee',
  'texte de loi',
];
const EXPLANATION_HINTS = [
  'explain',
  'explanation',
  'explication',
  'expliquez',
  'why',
  'pourquoi',
  'reasons',
  'raisons',
  'motif',
  'justification',
];
const NAME_HINTS = [
  'full name',
  'legal name',
  'your name',
  'votre nom',
  'nom complet',
  'nom et prenom',
  'prenom et nom',
];
const EMAIL_HINTS = ['email', 'e mail', 'courriel', 'adresse electronique', 'adresse mail'];
const GOOD_FAITH_HINTS = [
  'good faith',
  'bonne foi',
  'honest belief',
  'accurate and complete',
  'exactes et completes',
];

interface FieldInput {
  key: string;
  label: MessageKey;
  /** The values of the label's `{placeholders}` ("Content address {n}"). */
  labelValues?: Record<string, string | number>;
  labelHints: readonly string[];
  control?: FieldSpec['control'];
  value: string;
  choiceHints?: readonly string[];
  required: boolean;
  leaveToUser?: boolean;
}

/** A field spec with the panel's label in the notice's language. */
export function field(notice: Notice, input: FieldInput): FieldSpec {
  return {
    key: input.key,
    label: fill(t(input.label, notice.language), input.labelValues ?? {}),
    labelHints: [...input.labelHints],
    control: input.control ?? 'text',
    value: input.value,
    choiceHints: [...(input.choiceHints ?? [])],
    required: input.required,
    leaveToUser: input.leaveToUser ?? false,
  };
}

/** How a form marks a field, and the words of its label when they differ from the shared ones. */
interface FieldOptions {
  required: boolean;
  labelHints?: readonly string[];
}

/** The post's address; `allUrls` for a multi-line box that takes every address, one a line. */
export function contentUrlField(notice: Notice, options: FieldOptions & { allUrls?: boolean }): FieldSpec {
  return field(notice, {
    key: 'contentUrl',
    label: 'channelFieldContentAddress',
    labelHints: options.labelHints ?? URL_HINTS,
    value: options.allUrls ? notice.urls.join('\n') : (notice.urls[0] ?? ''),
    required: options.required,
  });
}

/** The notice's category in the platform's taxonomy entry, or, if none, as the notice names it. */
export function reasonOf(notice: Notice): ReasonEntry | null {
  const id = categoryIdSchema.safeParse(notice.categoryId);
  return id.success ? reasonFor(notice.platform, id.data) : null;
}

/**
 * The form's category: the reason's last step (the option on the form) by its text, then its match
 * hints. Without a reason, the notice's own label, for the person to match.
 */
export function categoryField(notice: Notice, reason: ReasonEntry | null, options: FieldOptions): FieldSpec {
  const usable = reason && reason.flow !== 'none' ? reason : null;
  return field(notice, {
    key: 'category',
    label: 'channelFieldCategory',
    labelHints: options.labelHints ?? CATEGORY_HINTS,
    control: 'choice',
    value: usable?.steps.at(-1)?.text ?? notice.categoryLabel,
    choiceHints: usable?.matchHints ?? [],
    required: options.required,
  });
}

/** The country whose law is breached, by its English name, then its code and French name. */
export function countryField(notice: Notice, options: FieldOptions): FieldSpec {
  const code = notice.country.toUpperCase();
  const english = new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  const french = new Intl.DisplayNames(['fr'], { type: 'region' }).of(code) ?? code;
  return field(notice, {
    key: 'country',
    label: 'channelFieldCountry',
    labelHints: options.labelHints ?? COUNTRY_HINTS,
    control: 'choice',
    value: english,
    choiceHints: [...new Set([code.toLowerCase(), english.toLowerCase(), french.toLowerCase()])],
    required: options.required,
  });
}

export function legalBasisField(notice: Notice, options: FieldOptions): FieldSpec {
  return field(notice, {
    key: 'legalBasis',
    label: 'channelFieldLegalBasis',
    labelHints: options.labelHints ?? LEGAL_BASIS_HINTS,
    value: notice.legalBasis,
    required: options.required,
  });
}

interface ExplanationParts {
  /** For a form with no field of its own for the law. */
  legalBasis?: boolean;
  /** The addresses after the first, for a form whose address field takes one (the default). */
  otherUrls?: boolean;
}

/** The explanation and the quoted passage, then the parts the form has no other field for. */
function explanationText(notice: Notice, parts: ExplanationParts = {}): string {
  const lang = notice.language;
  const lines = [reasonsText(notice)];
  if (parts.legalBasis && notice.legalBasis) {
    lines.push(fill(t('channelLineLegalBasis', lang), { law: notice.legalBasis }));
  }
  if ((parts.otherUrls ?? true) && notice.urls.length > 1) {
    lines.push([t('channelLineOtherUrls', lang), ...notice.urls.slice(1)].join('\n'));
  }
  return lines.join('\n\n');
}

export function explanationField(notice: Notice, options: FieldOptions & ExplanationParts): FieldSpec {
  return field(notice, {
    key: 'explanation',
    label: 'channelFieldExplanation',
    labelHints: options.labelHints ?? EXPLANATION_HINTS,
    value: explanationText(notice, options),
    required: options.required,
  });
}

/** Empty when the notice is anonymous: the filler then leaves the field to the person. */
export function nameField(notice: Notice, options: FieldOptions): FieldSpec {
  return field(notice, {
    key: 'name',
    label: 'channelFieldName',
    labelHints: options.labelHints ?? NAME_HINTS,
    value: notice.anonymous ? '' : notice.name,
    required: options.required,
  });
}

export function emailField(notice: Notice, options: FieldOptions): FieldSpec {
  return field(notice, {
    key: 'email',
    label: 'channelFieldEmail',
    labelHints: options.labelHints ?? EMAIL_HINTS,
    value: notice.anonymous ? '' : notice.email,
    required: options.required,
  });
}

/** The typed-name signature some forms ask for under the statement. */
export function signatureField(notice: Notice, options: FieldOptions): FieldSpec {
  return field(notice, {
    key: 'signature',
    label: 'channelFieldSignature',
    labelHints: options.labelHints ?? ['signature', 'signez'],
    value: notice.anonymous ? '' : notice.name,
    required: options.required,
  });
}

/** The notifier's own statement (DSA Art. 16(2)(d)): found and shown, ticked only by the person. */
export function goodFaithField(notice: Notice, options: FieldOptions): FieldSpec {
  return field(notice, {
    key: 'goodFaith',
    label: 'channelFieldGoodFaith',
    labelHints: options.labelHints ?? GOOD_FAITH_HINTS,
    control: 'check',
    value: notice.goodFaith,
    required: options.required,
    leaveToUser: true,
  });
}

/** Opens `url` and fills it with `fields`: what every web-form channel returns. */
export function openForm(
  channel: { id: string; name: MessageKey },
  notice: Notice,
  url: string,
  fields: FieldSpec[],
): ChannelAction {
  return {
    kind: 'open-form',
    url,
    fill: {
      channelId: channel.id,
      title: t(channel.name, notice.language),
      lang: notice.language,
      strings: panelStrings(notice.language),
      fields,
      guide: null,
    },
  };
}
