import { z } from 'zod';
import { explanationSchema } from '../hate-model/explanation';
import { groundIdSchema } from '../taxonomy/grounds';

// What the classification assistant suggests for a text, stored on the report beside the person's
// own choice. It explains itself: every match says which words of the text fired, and why.

export const matchSchema = z.object({
  /** Offsets in the original text (UTF-16 code units), for highlighting. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The text as written there, and the list entry it matched after normalisation. */
  text: z.string(),
  term: z.string(),
  /** Which word list the entry comes from (a file in assets/lexicon/, or `user` for the person's own terms). */
  source: z.string(),
  categoryId: z.string().nullable(),
  ground: groundIdSchema.nullable(),
  /** Set when a rule kept this match from counting: a negation, a quotation, a condemnation, or a
   * word reclaimed by the people it targets (« fière gouine », set by the composer's assistant). */
  discountedBy: z.enum(['negation', 'quotation', 'condemnation', 'reclaimed']).nullable(),
});
export type Match = z.infer<typeof matchSchema>;

export const suggestionSchema = z.object({
  /** Null: nothing in the text points to an offence. */
  categoryId: z.string().nullable(),
  grounds: z.array(groundIdSchema),
  /** 0–1. */
  confidence: z.number().min(0).max(1),
  language: z.enum(['fr', 'en']),
  matches: z.array(matchSchema),
  /** Version of the word lists used, so a stored suggestion can be traced to its data. */
  lexiconVersion: z.string(),
  /** Set when the trained model and its rules took part (the composer): why, in detail. */
  explanation: explanationSchema.optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
