import { z } from 'zod';
import { groundIds } from '../taxonomy/grounds';

// The shipped model (assets/model/hate-model-v1.json), written by `npm run train`: one logistic
// head per output over hashed features, weights quantised to 8 bits. Parsed when loaded.

export const headIds = ['hate', 'abuse', ...groundIds] as const;
export type HeadId = (typeof headIds)[number];

const heldOutRowSchema = z.object({
  source: z.string(),
  language: z.enum(['fr', 'en']),
  head: z.string(),
  family: z.string(),
  examples: z.number().int().nonnegative(),
  positives: z.number().int().nonnegative(),
  accuracy: z.number(),
  f1: z.number(),
  auc: z.number(),
});
export type HeldOutRow = z.infer<typeof heldOutRowSchema>;

export const modelFileSchema = z.object({
  id: z.literal('hate-model'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  trainedOn: z.string(),
  seed: z.number().int(),
  hashBits: z.number().int().min(8).max(20),
  heads: z
    .array(z.enum(headIds))
    .refine((heads) => heads.join() === headIds.join(), 'heads out of order: retrain the model'),
  biases: z.array(z.number()).length(headIds.length),
  scales: z.array(z.number().positive()).length(headIds.length),
  /** Base64 of signed bytes, bucket-major: the weight of head h for bucket b is at b × heads + h. */
  weights: z.string(),
  heldOut: z.array(heldOutRowSchema),
});
export type ModelFile = z.infer<typeof modelFileSchema>;
