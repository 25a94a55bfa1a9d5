import { z } from 'zod';
import { migrateReportRecord } from '../db/record-migrations';
import { settled } from '../follow-up/due';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import { type EditableField, type Report, reportSchema, reportStatuses } from '../model';
import { noticeDecisions } from '../notice/notice-step';
import { sentFacts } from '../stats/outcome';
import { foldText, indexWords } from './words';

// One small row per report in the `logIndex` store, derived from the report and rewritten in the
// same transaction as every write of it: the list filters, sorts and searches these rows' indexes
// and reads the (much larger) reports only for the lines on screen.

/** Where a report stands: its own status until the platform's answer is recorded, then the answer. */
export const logStatuses = [
  ...reportStatuses,
  'acknowledged',
  ...noticeDecisions,
  'no-answer',
  'appealed',
  'referred',
] as const;
export const logStatusSchema = z.enum(logStatuses);
export type LogStatus = z.infer<typeof logStatusSchema>;

export const logIndexRowSchema = z.object({
  id: z.string(),
  /** When the report was captured (its createdAt): the list's order. */
  at: z.string(),
  platform: z.string(),
  /** '' when no category was chosen. */
  category: z.string(),
  /** A LogStatus, or 'unreadable'. */
  status: z.string(),
  groundKeys: z.array(z.string()),
  /** When the oldest notice still waiting for an answer was sent; absent when none waits. */
  pending: z.string().optional(),
  /** The account, as `handle|platform` (the name when no handle is known), folded; '' when unknown. */
  author: z.string(),
  /** The account as shown: "Name (@handle)". */
  authorLabel: z.string(),
  /** The distinct words of the text, author, addresses and notes (see words.ts). */
  words: z.array(z.string()),
  /** Why the stored report cannot be read; absent when it can. */
  unreadable: z.string().optional(),
  // What the statistics count through indexes (stats/indexed-stats.ts); absent until a notice is sent.
  /** When the first notice was sent. */
  sentAt: z.string().optional(),
  /** What its answers settled (stats/outcome.ts). */
  outcome: z.enum(['removed', 'restricted', 'refused', 'no-answer', 'open']).optional(),
  /** Hours from the first sending to the first removal recorded; absent when none (or before it). */
  removalHours: z.number().nonnegative().optional(),
  /**
   * Each notice sent and still waiting for an answer, as `[category, sentAt, noticeId]`: the
   * reminders' schedule, read through its own index (follow-up/reminders.ts).
   */
  waiting: z.array(z.tuple([z.string(), z.string(), z.string()])).optional(),
});
export type LogIndexRow = z.infer<typeof logIndexRowSchema>;

function fieldValue(report: Report, field: EditableField): string {
  const edit = report.edits[field]?.value;
  if (edit !== undefined) return edit;
  const post = report.extracted;
  if (!post) return '';
  const read = {
    permalink: post.permalink,
    authorHandle: post.author.handle,
    authorName: post.author.name,
    publishedAt: post.publishedAt,
    text: post.text,
  }[field];
  return read ?? '';
}

function authorOf(report: Report): { key: string; label: string } {
  const handle = fieldValue(report, 'authorHandle').trim().replace(/^@/, '');
  const name = fieldValue(report, 'authorName').trim();
  const label = handle && name ? `${name} (@${handle})` : handle ? `@${handle}` : name;
  // The handle (else the name) first, so that typing its beginning finds the account on any platform.
  const account = handle || name;
  return account ? { key: `${foldText(account)}|${report.platform}`, label } : { key: '', label: '' };
}

/** The latest answer recorded on any notice, else the report's own status. */
export function logStatusOf(report: Report): LogStatus {
  const steps = report.notices.flatMap((notice) => notice.steps ?? []);
  const latest = steps.reduce<(typeof steps)[number] | null>(
    (found, step) => (found === null || step.at >= found.at ? step : found),
    null,
  );
  if (latest === null) return report.status;
  if (latest.kind === 'decision') return latest.decision;
  // A recheck that found the post gone after the notice: removed, as far as the person can tell.
  return latest.kind === 'removal-seen' ? 'removed' : latest.kind;
}

function pendingSince(report: Report): string | undefined {
  const waiting = report.notices
    .filter((notice) => notice.sentAt !== null && !settled(notice))
    .map((notice) => notice.sentAt as string)
    .sort();
  return waiting[0];
}

const HOUR = 3_600_000;

/** The row's follow-up fields: the first sending, its settled outcome, the removal time, the waiting notices. */
function followUpFields(report: Report): Partial<LogIndexRow> {
  const facts = sentFacts(report);
  if (facts === null) return {};
  const category = report.categoryId ?? '';
  const waiting = report.notices
    .filter((notice) => notice.sentAt !== null && !settled(notice))
    .map((notice): [string, string, string] => [category, isoTime(notice.sentAt as string), notice.id]);
  const taken = facts.removedAt === null ? null : (facts.removedAt - facts.sentAt) / HOUR;
  return {
    sentAt: new Date(facts.sentAt).toISOString(),
    outcome: facts.settled,
    ...(taken !== null && taken >= 0 ? { removalHours: taken } : {}),
    ...(waiting.length > 0 ? { waiting } : {}),
  };
}

/** One spelling of each instant, so that index ranges compare them as times. */
const isoTime = (iso: string) => new Date(iso).toISOString();

export function rowOfReport(report: Report): LogIndexRow {
  const author = authorOf(report);
  const pending = pendingSince(report);
  return {
    ...followUpFields(report),
    id: report.id,
    at: report.createdAt,
    platform: report.platform,
    category: report.categoryId ?? '',
    status: logStatusOf(report),
    groundKeys: [...report.grounds],
    ...(pending === undefined ? {} : { pending }),
    author: author.key,
    authorLabel: author.label,
    words: indexWords([
      fieldValue(report, 'text'),
      fieldValue(report, 'authorHandle'),
      fieldValue(report, 'authorName'),
      fieldValue(report, 'permalink'),
      report.meta.pageUrl,
      report.notes,
    ]),
  };
}

/** The row of a stored record as found; a record that cannot be read gets a row saying why. */
export function rowOfStored(id: string, value: unknown): LogIndexRow {
  let reason: string;
  try {
    const parsed = reportSchema.safeParse(migrateReportRecord(value));
    if (parsed.success) return rowOfReport(parsed.data);
    reason = zodIssuesText(parsed.error, undefined, '; ');
  } catch (error) {
    reason = errorText(error);
  }
  const createdAt = (value as { createdAt?: unknown } | null)?.createdAt;
  return {
    id,
    at: typeof createdAt === 'string' ? createdAt : '',
    platform: '',
    category: '',
    status: 'unreadable',
    groundKeys: [],
    author: '',
    authorLabel: '',
    words: [],
    unreadable: fill(t('storedReportUnreadable'), { id, detail: reason }),
  };
}
