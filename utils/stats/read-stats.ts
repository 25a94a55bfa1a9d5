import { openConstatDB } from '../db/open';
import { effectiveFollowUp } from '../follow-up/effective';
import type { Report } from '../model';
import type { Settings } from '../settings';
import { categoryById } from '../taxonomy/categories';
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

/** The statistics of the stored log, counted through its index rows. */
export async function readLogStats(
  followUpHours: Settings['followUpHours'] | null,
  now = new Date(),
): Promise<StoredLogStats> {
  return readIndexedStats(await openConstatDB(), followUpHours, now);
}
