import { z } from 'zod';
import { groundIdSchema } from '../taxonomy/grounds';
import { ruleIds } from './rule-ids';

// What the model and the rules add to a suggestion, stored with it: the scores, the words that
// pushed the hate score most, the group targeted and its ground, and the rules that fired. Offsets
// are in the original text (UTF-16 code units), for highlighting.

const discountSchema = z.enum(['negation', 'quotation', 'condemnation', 'reclaimed']);

const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const explanationSchema = z.object({
  modelVersion: z.string(),
  rulesVersion: z.string(),
  /** Probabilities, 0–1: hate, abuse, and each ground. */
  hate: z.number().min(0).max(1),
  /** The hate score without the words that name groups: what the model reads in the rest. */
  hostility: z.number().min(0).max(1),
  abuse: z.number().min(0).max(1),
  groundScores: z.record(groundIdSchema, z.number().min(0).max(1)),
  /** Words that pushed the hate score up most, strongest first, with their share of it. */
  words: z.array(spanSchema.extend({ weight: z.number() })),
  /** The group named; when the hateful words use a pronoun for it ("they"), the group named before. */
  target: spanSchema.extend({ ground: groundIdSchema.nullable(), viaPronoun: z.boolean() }).nullable(),
  rules: z.array(
    spanSchema.extend({
      rule: z.enum(ruleIds),
      term: z.string(),
      ground: groundIdSchema.nullable(),
      discountedBy: discountSchema.nullable(),
    }),
  ),
  /** What decided the suggestion: the word lists, a rule, the model, or nothing. */
  decidedBy: z.enum(['lexicon', 'rule', 'model']).nullable(),
  /** Why a high model score was not taken: the sentence negates, quotes or condemns, or reclaims a word. */
  modelDiscountedBy: discountSchema.nullable(),
});
export type Explanation = z.infer<typeof explanationSchema>;
