import type { Category } from './category-schema';
import type { GroundId } from './grounds';
import type { Provision } from './provision-schema';
import { provisionById } from './provisions';

// The taxonomy's entry point: the data lives in the files split by concern; this is what the
// composer and the notices read.

export { categories, categoryById } from './categories';
export { type CategoryId, categoryIds } from './category-ids';
export { followUpRules } from './delays';
export { type GroundId, groundById, grounds } from './grounds';
export { isVerified, pharosReasonsByCategory, platformReasons, reasonFor } from './platform-reasons';
export { provisionById, provisions } from './provisions';

/**
 * The provisions a notice should cite for this category and these grounds: an offence paragraph is
 * kept when it names one of the grounds (or names none), and an aggravation only when a ground it
 * names was chosen. With no ground chosen yet, every offence provision is returned.
 */
export function legalBasisFor(category: Category, chosen: readonly GroundId[]): Provision[] {
  return category.legalBasis.map(provisionById).filter((provision) => {
    if (provision.grounds.length === 0) return true;
    const named = provision.grounds.some((g) => chosen.includes(g));
    if (provision.kind === 'aggravation') return named;
    return chosen.length === 0 || named;
  });
}
