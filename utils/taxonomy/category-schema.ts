import { z } from 'zod';
import type { MessageKey } from '../i18n/catalogues';
import { categoryIdSchema } from './category-ids';
import { followUpRuleById, followUpRuleIdSchema } from './delays';
import { dsaClassificationSchema } from './dsa';
import { groundIdSchema } from './grounds';
import { provisionIdSchema } from './provision-schema';
import { taxonomyTextSchema } from './text-schema';

// One offence category. The rules below are checked when the data loads, so that an entry cannot
// drift from what the composer and the notice rely on (a definition without its exclusions, a
// 24-hour delay filed under the wrong rule, a CSAM entry that would keep the image).

/**
 * Every definition names what it does not cover with these words, so the UI can rely on it (checked
 * in both languages by test/unit/taxonomy/texts.test.ts: the texts are in the catalogue).
 */
export const notCoveredMarker = 'taxonomyCategoryNotCovered' satisfies MessageKey;

export const categorySchema = z
  .object({
    id: categoryIdSchema,
    label: taxonomyTextSchema,
    /** One plain-language paragraph: what is covered, then what is not (quoting to condemn, news, counter-speech). */
    definition: taxonomyTextSchema,
    /** false only for content that breaks a platform's rules without breaking the law. */
    illegal: z.boolean(),
    /** A press-law hate offence: one that art. 65-3 gives a one-year time limit (provocation, insult, defamation, denial). */
    hate: z.boolean(),
    /** Grounds that can apply; how they apply is `groundsRole`. */
    grounds: z.array(groundIdSchema),
    /**
     * element: the ground is part of the offence (without it, it is another offence or none);
     * aggravation: it raises the penalty (C. pén. art. 132-76, 132-77); context: it says whom the
     * content targets without being an element of the offence (denial, rule breaches); none: no ground.
     */
    groundsRole: z.enum(['element', 'aggravation', 'context', 'none']),
    /** Provisions to cite, most specific first; empty for other-illegal (the person names it) and platform-rules. */
    legalBasis: z.array(provisionIdSchema),
    dsa: dsaClassificationSchema,
    followUp: z.object({ rule: followUpRuleIdSchema, hours: z.number().int().positive().nullable() }),
    /** The notice leaves out the notifier's name and email where the law allows it (DSA art. 16 § 2 c). */
    protectsNotifierIdentity: z.boolean().default(false),
    /** Constat keeps only the URL and a text note: no screenshot, crop, HTML copy or media address. */
    neverCaptureMedia: z.boolean().default(false),
    notes: z.array(taxonomyTextSchema).default([]),
  })
  .superRefine((entry, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message: `${entry.id}: ${message}` });
    if (entry.hate && entry.grounds.length === 0) issue('a hate offence lists its grounds');
    if ((entry.groundsRole === 'none') !== (entry.grounds.length === 0))
      issue('groundsRole and grounds disagree');
    const ground = entry.illegal ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
    if (entry.dsa.decisionGround !== ground) issue(`the DSA decision ground should be ${ground}`);
    if (!entry.illegal && entry.legalBasis.length > 0)
      issue('content that is not illegal has no legal basis');
    if (followUpRuleById(entry.followUp.rule).hours !== entry.followUp.hours) {
      issue(`followUp.hours must be those of rule ${entry.followUp.rule}`);
    }
    if (entry.protectsNotifierIdentity && !entry.legalBasis.includes('dsa-16-2-c')) {
      issue('leaving out the notifier’s identity must rest on DSA art. 16 § 2 c');
    }
  });
export type Category = z.infer<typeof categorySchema>;
export type CategoryInput = z.input<typeof categorySchema>;
