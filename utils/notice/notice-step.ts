import { z } from 'zod';
import { sha256Hex } from '../evidence/hash';

const isoDateTime = z.iso.datetime({ offset: false });

/** What the platform decided on a notice (DSA Art. 17 statement of reasons). */
export const noticeDecisions = ['removed', 'restricted', 'refused', 'no-action'] as const;
/** Where a refused or unanswered notice was taken next: an Art. 21 body, PHAROS, or a complaint. */
export const referralTargets = ['out-of-court-body', 'pharos', 'complaint'] as const;

export const MAX_ANSWER_CHARS = 50_000;

/** The platform's answer as the person pasted it, with its SHA-256 so later changes show. */
export const platformAnswerSchema = z.object({
  text: z.string().min(1).max(MAX_ANSWER_CHARS),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PlatformAnswer = z.infer<typeof platformAnswerSchema>;

const answer = platformAnswerSchema.optional();

/** Most files a step may carry, and the largest: a statement of reasons, an email, a screenshot. */
export const MAX_ANSWER_FILES = 10;
export const MAX_ANSWER_FILE_BYTES = 10 * 1024 * 1024;

/** A file of the platform's answer the person attached; its bytes are evidence of the report. */
export const answerFileSchema = z.object({
  evidenceId: z.uuid(),
  /** The file's name on the person's computer, as a label only. */
  name: z.string().max(255),
  mime: z.string().max(100),
  size: z.number().int().positive().max(MAX_ANSWER_FILE_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AnswerFile = z.infer<typeof answerFileSchema>;

const files = z.array(answerFileSchema).max(MAX_ANSWER_FILES).optional();

/** One step after a notice was sent; steps are appended, never rewritten. */
export const noticeStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('acknowledged'), at: isoDateTime, answer, files }),
  z.object({
    kind: z.literal('decision'),
    at: isoDateTime,
    decision: z.enum(noticeDecisions),
    answer,
    files,
  }),
  z.object({ kind: z.literal('no-answer'), at: isoDateTime }),
  /** DSA Art. 20: the platform's internal complaint-handling system. */
  z.object({ kind: z.literal('appealed'), at: isoDateTime, answer, files }),
  z.object({ kind: z.literal('referred'), at: isoDateTime, to: z.enum(referralTargets), answer, files }),
  /**
   * Recorded by Constat, not the person: a "Still online?" recheck after the notice was sent found
   * the post removed (the recheck's event at the same time holds the new evidence).
   */
  z.object({ kind: z.literal('removal-seen'), at: isoDateTime }),
]);
export type NoticeStep = z.infer<typeof noticeStepSchema>;
export type NoticeStepKind = NoticeStep['kind'];
/** The steps the person records (a removal seen is recorded by a recheck). */
export const noticeStepKinds: readonly NoticeStepKind[] = [
  'acknowledged',
  'decision',
  'no-answer',
  'appealed',
  'referred',
];

/** The answer text with its hash; null for an empty paste. */
export async function platformAnswer(text: string): Promise<PlatformAnswer | null> {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return { text: trimmed, sha256: await sha256Hex(new TextEncoder().encode(trimmed)) };
}
