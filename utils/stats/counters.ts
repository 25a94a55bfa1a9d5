import { z } from 'zod';
import type { LogIndexRow } from '../log-index/row';
import { monthOf } from './log-stats';

// What the statistics page shows, counted once and kept up to date from the index rows
// (log-index/row.ts): every write of a row takes its old row off the counts and adds its new one,
// in the same transaction (counter-store.ts), so the page reads one record instead of walking
// index keys. Keys whose count falls to zero are removed: equal logs give equal counters.
//
// Removal times are kept as a histogram of whole hours, rounded up, per platform and category:
// small whatever the log's size (one entry per distinct hour), exact for "removed within the
// reminder" (reminders are whole hours, and a time rounded up is at most a whole number of hours
// exactly when the time is), and enough to find which hour holds the median, which the page then
// reads exactly from the rows' removal-time index within that hour (counted-stats.ts).

const counts = z.record(z.string(), z.number().int().positive());

const sentCountsSchema = z.object({
  sent: z.number().int().nonnegative(),
  /** Per settled outcome ('open' when no answer is recorded). */
  outcomes: counts,
  /** Per whole hour (rounded up) from the first sending to the first removal. */
  removalHours: counts,
  /**
   * At or after every first sending counted here (the latest ever added, kept when its report goes):
   * when it is before a reminder's time, no report here was sent since, and nothing needs reading.
   */
  lastSentAt: z.string(),
});
export type SentCounts = z.infer<typeof sentCountsSchema>;

export const statCountersSchema = z.object({
  version: z.literal(1),
  /** The time zone the months were counted in: counters of another zone are counted again. */
  timeZone: z.string(),
  /** Readable reports (unreadable ones are named apart, never counted). */
  total: z.number().int().nonnegative(),
  /** Per month of capture, `YYYY-MM` in `timeZone`. */
  months: counts,
  platforms: counts,
  /** '' for no category. */
  categories: counts,
  /** Reports with a notice sent, per platform, then per category. */
  sent: z.record(z.string(), z.record(z.string(), sentCountsSchema)),
});
export type StatCounters = z.infer<typeof statCountersSchema>;

/** The time zone this context counts months in. */
export const currentTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function emptyCounters(timeZone = currentTimeZone()): StatCounters {
  return { version: 1, timeZone, total: 0, months: {}, platforms: {}, categories: {}, sent: {} };
}

function bump(record: Record<string, number>, key: string, by: number): void {
  const count = (record[key] ?? 0) + by;
  if (count === 0) delete record[key];
  else record[key] = count;
}

/** The hour a removal time is counted in: its whole hours, rounded up. */
export const removalHour = (hours: number) => Math.ceil(hours);

function countSent(counters: StatCounters, row: LogIndexRow, by: number): void {
  if (row.sentAt === undefined) return;
  const perCategory = counters.sent[row.platform] ?? {};
  const counted = perCategory[row.category] ?? { sent: 0, outcomes: {}, removalHours: {}, lastSentAt: '' };
  counters.sent[row.platform] = perCategory;
  perCategory[row.category] = counted;
  counted.sent += by;
  if (by === 1 && row.sentAt > counted.lastSentAt) counted.lastSentAt = row.sentAt;
  if (row.outcome !== undefined) bump(counted.outcomes, row.outcome, by);
  if (row.removalHours !== undefined) bump(counted.removalHours, String(removalHour(row.removalHours)), by);
  if (counted.sent === 0) delete perCategory[row.category];
  if (Object.keys(perCategory).length === 0) delete counters.sent[row.platform];
}

/** Adds a row to the counts (`by` 1) or takes it off (`by` -1), in place; unreadable rows count nowhere. */
export function countRow(counters: StatCounters, row: LogIndexRow, by: 1 | -1): void {
  if (row.unreadable !== undefined) return;
  counters.total += by;
  const month = monthOf(row.at);
  if (month !== null) bump(counters.months, month, by);
  bump(counters.platforms, row.platform, by);
  bump(counters.categories, row.category, by);
  countSent(counters, row, by);
}

/** A row's change: the row before the write (none: new) and after it (none: removed). */
export interface RowChange {
  before: LogIndexRow | undefined;
  after: LogIndexRow | undefined;
}

/** Applies rows' changes to the counters, in place. */
export function countChanges(counters: StatCounters, changes: readonly RowChange[]): void {
  for (const { before, after } of changes) {
    if (before) countRow(counters, before, -1);
    if (after) countRow(counters, after, 1);
  }
}
