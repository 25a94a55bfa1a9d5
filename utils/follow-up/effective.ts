import type { Settings } from '../settings';
import type { Category } from '../taxonomy/category-schema';
import { type FollowUpRule, followUpRuleById } from '../taxonomy/delays';

/** The reminder that applies to a category: the person's setting when there is one, else the taxonomy's. */
export interface EffectiveFollowUp {
  /** Hours after the notice; null: no reminder. */
  hours: number | null;
  source: 'setting' | 'default';
  defaultHours: number | null;
  /** The default's rule, whose explanation says why that delay and that it is not law. */
  rule: FollowUpRule;
}

export function effectiveFollowUp(
  category: Category,
  followUpHours: Settings['followUpHours'] | null,
): EffectiveFollowUp {
  const rule = followUpRuleById(category.followUp.rule);
  const defaultHours = category.followUp.hours;
  // A key present with null means "no reminder", chosen by the person; an absent key keeps the default.
  if (followUpHours && Object.hasOwn(followUpHours, category.id)) {
    return { hours: followUpHours[category.id] ?? null, source: 'setting', defaultHours, rule };
  }
  return { hours: defaultHours, source: 'default', defaultHours, rule };
}
