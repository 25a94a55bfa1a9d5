import type { MessageKey } from '../../utils/i18n';
import { type Lang, t } from '../../utils/i18n';
import { categoryById } from '../../utils/taxonomy/categories';
import { groundById } from '../../utils/taxonomy/grounds';
import { taxonomyText } from '../../utils/taxonomy/text';
import type { AcceptableReason, Confidence, Legality, TrainingLabel } from '../../utils/training/label';
import { NO_CATEGORY } from '../../utils/training/label';
import type { HardCase } from '../../utils/training/practice-set';

// How each layer of a label reads in the UI language.

export const legalityKeys = {
  illegal: 'trainingLegalityIllegal',
  'platform-rules': 'trainingLegalityPlatformRules',
  acceptable: 'trainingLegalityAcceptable',
} as const satisfies Record<Legality, MessageKey>;

export const reasonKeys = {
  'counter-speech': 'trainingReasonCounterSpeech',
  news: 'trainingReasonNews',
  quotation: 'trainingReasonQuotation',
  'reclaimed-term': 'trainingReasonReclaimed',
  'criticism-of-idea': 'trainingReasonCriticism',
  'not-targeted': 'trainingReasonNotTargeted',
  other: 'trainingReasonOther',
} as const satisfies Record<AcceptableReason, MessageKey>;

export const severityKeys = [
  'trainingSeverity0',
  'trainingSeverity1',
  'trainingSeverity2',
  'trainingSeverity3',
] as const satisfies readonly MessageKey[];

export const confidenceKeys = {
  low: 'trainingConfidenceLow',
  medium: 'trainingConfidenceMedium',
  high: 'trainingConfidenceHigh',
} as const satisfies Record<Confidence, MessageKey>;

export const hardCaseKeys = {
  'counter-speech': 'trainingHardCounterSpeech',
  quotation: 'trainingHardQuotation',
  news: 'trainingHardNews',
  negation: 'trainingHardNegation',
  'reclaimed-term': 'trainingHardReclaimed',
  'insult-not-hate': 'trainingHardInsultNotHate',
  'criticism-of-religion': 'trainingHardCriticismOfReligion',
} as const satisfies Record<HardCase, MessageKey>;

/** A compared value (a category id or `none`) as its label. */
export function categoryText(value: string | null, lang: Lang): string {
  if (value === null) return '—';
  if (value === NO_CATEGORY) return t('trainingCategoryNone', lang);
  const category = categoryById(value);
  return category ? taxonomyText(category.label, lang) : value;
}

/** Every layer of a label, as short lines. */
export function labelLines(label: TrainingLabel, lang: Lang): string[] {
  return [
    `${t('trainingCategory', lang)}: ${categoryText(label.categoryId ?? NO_CATEGORY, lang)}`,
    ...(label.grounds.length
      ? [
          `${t('groundsLegend', lang)}: ${label.grounds.map((g) => taxonomyText(groundById(g).label, lang)).join(', ')}`,
        ]
      : []),
    `${t('trainingLegality', lang)}: ${t(legalityKeys[label.legality], lang)}`,
    ...(label.acceptableReason
      ? [`${t('trainingReason', lang)}: ${t(reasonKeys[label.acceptableReason], lang)}`]
      : []),
    ...(label.severity !== null
      ? [`${t('trainingSeverity', lang)}: ${t(severityKeys[label.severity] ?? 'trainingSeverity0', lang)}`]
      : []),
  ];
}

/** A share (0–1) as a percentage, a coefficient with two decimals; a dash where undefined. */
export const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
export const coefficient = (value: number | null) => (value === null ? '—' : value.toFixed(2));
