import { z } from 'zod';
import { taxonomyTextSchema } from './text-schema';

// Follow-up delays: when Constat reminds the person to check whether the platform acted. They are
// reminders, not legal deadlines (see README.md), and the person may change them.

export const followUpRuleIds = [
  'manifest-hate-24h',
  'terrorist-content-1h',
  'dsa-timely',
  'terms-only',
] as const;
export const followUpRuleIdSchema = z.enum(followUpRuleIds);
export type FollowUpRuleId = z.infer<typeof followUpRuleIdSchema>;

export const followUpRuleSchema = z.object({
  id: followUpRuleIdSchema,
  /** Hours after the notice is sent; null: no fixed reminder (the person sets one if they want). */
  hours: z.number().int().positive().nullable(),
  label: taxonomyTextSchema,
  /** Why this delay, and why it is not a legal deadline. */
  explanation: taxonomyTextSchema,
});
export type FollowUpRule = z.infer<typeof followUpRuleSchema>;

export const followUpRules: readonly FollowUpRule[] = z.array(followUpRuleSchema).parse([
  {
    id: 'manifest-hate-24h',
    hours: 24,
    label: 'taxonomyFollowUpManifestHate24hLabel',
    explanation: 'taxonomyFollowUpManifestHate24hExplanation',
  },
  {
    id: 'terrorist-content-1h',
    hours: 1,
    label: 'taxonomyFollowUpTerroristContent1hLabel',
    explanation: 'taxonomyFollowUpTerroristContent1hExplanation',
  },
  {
    id: 'dsa-timely',
    hours: null,
    label: 'taxonomyFollowUpDsaTimelyLabel',
    explanation: 'taxonomyFollowUpDsaTimelyExplanation',
  },
  {
    id: 'terms-only',
    hours: null,
    label: 'taxonomyFollowUpTermsOnlyLabel',
    explanation: 'taxonomyFollowUpTermsOnlyExplanation',
  },
]);

export function followUpRuleById(id: FollowUpRuleId): FollowUpRule {
  const rule = followUpRules.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown follow-up rule ${id}`);
  return rule;
}
