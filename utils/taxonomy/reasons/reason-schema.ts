import { z } from 'zod';
import { taxonomyTextSchema } from '../text-schema';

// Where, in a platform's own report flow (or in PHAROS), a person files content of a given category.
// Much of it could not be seen (see docs/FORMS.md): each step says whether it was, so a form
// filler matches loosely, and a person is never told a label exists when nobody has seen it.

export const reasonStepSchema = z.object({
  /** The option as the flow words it (its English UI; French for PHAROS), or the expected wording. */
  text: z.string().min(1),
  /** true: this option was seen, at this place in the flow, in the named source; wording may still vary. */
  verified: z.boolean(),
});

const reasonSchema = z
  .object({
    /**
     * illegal-content: the platform's separate notice route for illegal content (DSA Art. 16);
     * community-rules: its ordinary report against its rules; single: one dialog for both
     * (Mastodon, Bluesky); authority: a public reporting service (PHAROS).
     */
    flow: z.enum(['illegal-content', 'community-rules', 'single', 'authority']),
    steps: z.array(reasonStepSchema).min(1),
    /** The value the platform's code or deep link uses for the choice (Reddit slug, Bluesky reason, Mastodon category). */
    code: z.object({ value: z.string().min(1), verified: z.boolean() }).nullable(),
    /** exact: the option covers this category; closest: nothing does, this is the nearest (see note). */
    fit: z.enum(['exact', 'closest']),
    /** Lower-case fragments (FR and EN) to find the option when its wording differs from `text`. */
    matchHints: z.array(z.string().regex(/^[^A-Z]+$/)),
    source: z.string().min(1),
    note: taxonomyTextSchema.nullable(),
  })
  .refine((r) => r.fit === 'exact' || r.note !== null, {
    message: 'A closest-fit reason says why in a note',
  });

/** No reason fits in this flow: the note says why and what to do instead. */
const noReasonSchema = z.object({
  flow: z.literal('none'),
  source: z.string().min(1),
  note: taxonomyTextSchema,
});

export const reasonEntrySchema = z.union([reasonSchema, noReasonSchema]);
export type ReasonEntry = z.infer<typeof reasonEntrySchema>;
export type ReasonEntryInput = z.input<typeof reasonEntrySchema>;
export type Reason = Exclude<ReasonEntry, { flow: 'none' }>;

/** True only when every step, and the code if any, was seen in the source. */
export function isVerified(entry: ReasonEntry): boolean {
  if (entry.flow === 'none') return false;
  return entry.steps.every((s) => s.verified) && (entry.code === null || entry.code.verified);
}
