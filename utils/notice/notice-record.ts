import { z } from 'zod';
import { noticeSchema } from './notice';
import { noticeStepSchema } from './notice-step';

const isoDateTime = z.iso.datetime({ offset: false });

/** A notice as used: the channel chosen, when, the exact text, and what the person recorded after. */
export const noticeRecordSchema = z.object({
  id: z.uuid(),
  channelId: z.string().min(1),
  openedAt: isoDateTime,
  notice: noticeSchema,
  /** The full text as composed and edited, kept as it was when the channel was chosen. */
  text: z.string(),
  /** When the person marked it sent; the follow-up reminder counts from here. */
  sentAt: isoDateTime.nullable(),
  /** The platform's confirmation or reference number, pasted by the person. */
  reference: z.string().max(2000).nullable(),
  /** What happened after sending (acknowledged, decision, appeal...), oldest first; absent before any. */
  steps: z.array(noticeStepSchema).max(200).optional(),
});
export type NoticeRecord = z.infer<typeof noticeRecordSchema>;
