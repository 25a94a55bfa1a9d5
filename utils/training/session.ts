import { z } from 'zod';
import { trainingLabelSchema } from './label';

// One practice session: the items of a set in the order shown, and the trainee's answers.

const isoDateTime = z.iso.datetime({ offset: false });

export const sessionAnswerSchema = z.object({
  itemId: z.string().min(1),
  label: trainingLabelSchema,
  answeredAt: isoDateTime,
});
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

export const practiceSessionSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.uuid(),
  setId: z.string().min(1),
  setTitle: z.string(),
  startedAt: isoDateTime,
  /** Null while items remain to answer. */
  finishedAt: isoDateTime.nullable(),
  itemIds: z.array(z.string().min(1)).min(1),
  answers: z.array(sessionAnswerSchema),
});
export type PracticeSession = z.infer<typeof practiceSessionSchema>;

/** The next item to answer, or null when every item has an answer. */
export function nextItemId(session: PracticeSession): string | null {
  const answered = new Set(session.answers.map((a) => a.itemId));
  return session.itemIds.find((id) => !answered.has(id)) ?? null;
}
