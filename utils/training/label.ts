import { z } from 'zod';
import type { MessageKey } from '../i18n';
import { categoryIdSchema } from '../taxonomy/category-ids';
import { groundIdSchema } from '../taxonomy/grounds';

// What a tagger (or a reference set) says of one text, in layers rather than one yes/no: the
// offence, the grounds, where it stands (the law, the platform's rules, neither), why it is
// acceptable when it is, how severe, how sure the tagger is, and a note.

export const legalities = ['illegal', 'platform-rules', 'acceptable'] as const;
export const legalitySchema = z.enum(legalities);
export type Legality = z.infer<typeof legalitySchema>;

/** Why content that looks hateful is acceptable: the usual lines trainees must learn to see. */
export const acceptableReasons = [
  'counter-speech',
  'news',
  'quotation',
  'reclaimed-term',
  'criticism-of-idea',
  'not-targeted',
  'other',
] as const;
export const acceptableReasonSchema = z.enum(acceptableReasons);
export type AcceptableReason = z.infer<typeof acceptableReasonSchema>;

/** 0 none, 1 low, 2 serious, 3 very serious (a call to violence, a threat to life). */
export const severities = [0, 1, 2, 3] as const;
export const severitySchema = z.number().int().min(0).max(3);
export type Severity = z.infer<typeof severitySchema>;

export const confidences = ['low', 'medium', 'high'] as const;
export const confidenceSchema = z.enum(confidences);
export type Confidence = z.infer<typeof confidenceSchema>;

/** The label compared between people and against a reference: the category, or `none`. */
export const NO_CATEGORY = 'none';

const labelShape = z.object({
  /** Null: no offence category (acceptable content). */
  categoryId: categoryIdSchema.nullable(),
  grounds: z.array(groundIdSchema).max(6),
  legality: legalitySchema,
  acceptableReason: acceptableReasonSchema.nullable(),
  /** Null where a file from another tool does not say. */
  severity: severitySchema.nullable(),
  confidence: confidenceSchema.nullable(),
  note: z.string().max(4000),
});

/** The layers must agree with each other, or a score would compare contradictory answers. */
export const trainingLabelSchema = labelShape.superRefine((label, ctx) => {
  // The catalogue entry is the issue's `problem` (read by utils/i18n/zod-issues.ts); the message is for developers.
  const issue = (problem: MessageKey) =>
    ctx.addIssue({ code: 'custom', message: problem, params: { problem } });
  if (label.legality === 'acceptable' && label.categoryId !== null)
    issue('trainingLabelAcceptableHasCategory');
  if (label.legality !== 'acceptable' && label.categoryId === null) issue('trainingLabelNeedsCategory');
  if (label.legality === 'platform-rules' && label.categoryId !== 'platform-rules')
    issue('trainingLabelRulesCategory');
  if (label.legality === 'illegal' && label.categoryId === 'platform-rules')
    issue('trainingLabelIllegalCategory');
  if (label.acceptableReason !== null && label.legality !== 'acceptable')
    issue('trainingLabelReasonNotAcceptable');
  if (new Set(label.grounds).size !== label.grounds.length) issue('trainingLabelGroundTwice');
});
export type TrainingLabel = z.infer<typeof trainingLabelSchema>;

/** The compared value of a label: its category, or `none`. */
export function categoryValue(label: Pick<TrainingLabel, 'categoryId'>): string {
  return label.categoryId ?? NO_CATEGORY;
}

/** A label with every layer at its most neutral, for forms to start from. */
export const emptyLabel: TrainingLabel = {
  categoryId: null,
  grounds: [],
  legality: 'acceptable',
  acceptableReason: null,
  severity: 0,
  confidence: null,
  note: '',
};
