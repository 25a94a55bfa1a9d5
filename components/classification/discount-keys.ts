import type { Match } from '../../utils/classify/suggestion';
import type { t } from '../../utils/i18n';

/** Why a match (or the model's score) does not count, as a message of the catalogue. */
export const discountKeys = {
  negation: 'discountNegation',
  quotation: 'discountQuotation',
  condemnation: 'discountCondemnation',
  reclaimed: 'discountReclaimed',
} as const satisfies Record<NonNullable<Match['discountedBy']>, Parameters<typeof t>[0]>;
