import { openConstatDB } from '../db/open';
import { effectiveFollowUp } from '../follow-up/effective';
import type { Report } from '../model';
import type { Settings } from '../settings';
import { categoryById } from '../taxonomy/categories';
import { readCountedStats } from './counted-stats';
import { recountStats } from './counter-store';
import { type IndexedLogStats, readIndexedStats } from './indexed-stats';
import type { ReminderHours } from './log-stats';

/** The reminder that applies to a report's category, as the log and the exports count it. */
export function reminderHoursFor(followUpHours: Settings['followUpHours'] | null): ReminderHours {
  return (report: Report) => {
    const category = categoryById(report.categoryId);
    return category ? effectiveFollowUp(category, followUpHours).hours : null;
  };
}

export type StoredLogStats = IndexedLogStats;

/**
 * The statistics of the stored log, from its counters; when they are not counted (a failed count,
 * another time zone), through the index rows' indexes, and the counters are counted again for the
 * next time (a failure to store them loses nothing: the next opening tries again).
 */
export async function readLogStats(
  followUpHours: Settings['followUpHours'] | null,
  now = new Date(),
): Promise<StoredLogStats> {
  const db = await openConstatDB();
  const counted = await readCountedStats(db, followUpHours, now);
  if (counted !== null) return counted;
  const indexed = await readIndexedStats(db, followUpHours, now);
  // Not awaited: the page draws now; a later read waits for this write, its transaction being first.
  void recountStats(db, { unlessCounted: true }).catch(() => undefined);
  return indexed;
}
