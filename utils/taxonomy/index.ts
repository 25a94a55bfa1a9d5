import { categories, categoryById } from './categories';
import type { CategoryId } from './category-ids';
import type { Category } from './category-schema';
import { type FollowUpRule, followUpRuleById } from './delays';
import type { GroundId } from './grounds';
import {
  pharosReasonsByCategory,
  platformReasons,
  type ReasonEntry,
  type ReportingPlatform,
} from './platform-reasons';
import type { Provision } from './provision-schema';
import { provisionById } from './provisions';

// One entry per category with everything resolved: the category, its provisions, its follow-up rule,
// and the reason to pick in each platform's flow and in PHAROS. The data lives in the files split by
// concern; this is the view the composer and the notice need.

export { categories, categoryById } from './categories';
export { type CategoryId, categoryIds } from './category-ids';
export { followUpRules } from './delays';
export { type GroundId, groundById, grounds } from './grounds';
export { isVerified, pharosReasonsByCategory, platformReasons, reasonFor } from './platform-reasons';
export { provisionById, provisions } from './provisions';

export interface TaxonomyEntry {
  category: Category;
  provisions: Provision[];
  followUp: FollowUpRule;
  reasons: Record<ReportingPlatform, ReasonEntry>;
  pharos: ReasonEntry;
}

export function taxonomyEntry(id: CategoryId): TaxonomyEntry {
  const category = categoryById(id);
  // Every id has an entry: categories.ts refuses to load otherwise.
  if (!category) throw new Error(`Unknown category ${id}`);
  const reasons = Object.fromEntries(
    Object.entries(platformReasons).map(([platform, byCategory]) => [platform, byCategory[id]]),
  ) as Record<ReportingPlatform, ReasonEntry>;
  return {
    category,
    provisions: category.legalBasis.map(provisionById),
    followUp: followUpRuleById(category.followUp.rule),
    reasons,
    pharos: pharosReasonsByCategory[id],
  };
}

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

/** Every category in select order, as full entries (for the options page and the notice preview). */
export function taxonomyEntries(): TaxonomyEntry[] {
  return categories.map((c) => taxonomyEntry(c.id));
}
