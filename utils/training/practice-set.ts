import { z } from 'zod';
import { categoryIdSchema } from '../taxonomy/category-ids';
import { trainingLabelSchema } from './label';

// A reference set to practise on: texts with the label an experienced reviewer gives them and a
// short explanation. Constat ships one (assets/training/); a trainer can import and share their own.

/** The hard cases the bundled set must cover, and a trainer may mark in their own. */
export const hardCases = [
  'counter-speech',
  'quotation',
  'news',
  'negation',
  'reclaimed-term',
  'insult-not-hate',
  'criticism-of-religion',
] as const;
export const hardCaseSchema = z.enum(hardCases);
export type HardCase = z.infer<typeof hardCaseSchema>;

/** A reference label: the tagger's layers without the tagger's own confidence and note. */
export const referenceLabelSchema = trainingLabelSchema.transform((label) => ({
  ...label,
  confidence: null,
  note: '',
}));

export const practiceItemSchema = z.object({
  id: z.string().trim().min(1).max(100),
  language: z.enum(['fr', 'en']),
  text: z.string().trim().min(1).max(5000),
  reference: referenceLabelSchema,
  /** Why the reference label is right, in the item's language. */
  explanation: z.string().trim().min(1).max(4000),
  hardCase: hardCaseSchema.nullable(),
  /** For an item on the safe side of a line: the category it could be mistaken for (guidelines show it there). */
  contrastsWith: categoryIdSchema.nullable(),
  /** True for texts written for training, as every item of the bundled set is. */
  madeUp: z.boolean(),
});
export type PracticeItem = z.infer<typeof practiceItemSchema>;

export const PRACTICE_SET_FORMAT = 'constat-practice-set';

export const practiceSetSchema = z
  .object({
    format: z.literal(PRACTICE_SET_FORMAT),
    version: z.literal(1),
    id: z.string().trim().min(1).max(100),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(4000),
    items: z.array(practiceItemSchema).min(1).max(5000),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `item id ${item.id} is used twice`,
          params: { problem: 'trainingSetItemTwice', values: { id: item.id } },
        });
      seen.add(item.id);
    });
  });
export type PracticeSet = z.infer<typeof practiceSetSchema>;
