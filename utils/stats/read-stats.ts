import { forEachReport, type ReportPass } from '../db/report-cursor';
import { effectiveFollowUp } from '../follow-up/effective';
import type { Report } from '../model';
import type { Settings } from '../settings';
import { categoryById } from '../taxonomy/categories';
import { type LogStats, LogStatsTally, type ReminderHours } from './log-stats';

/** The reminder that applies to a report's category, as the log and the exports count it. */
export function reminderHoursFor(followUpHours: Settings['followUpHours'] | null): ReminderHours {
  return (report: Report) => {
    const category = categoryById(report.categoryId);
    return category ? effectiveFollowUp(category, followUpHours).hours : null;
  };
}

export interface StoredLogStats {
  stats: LogStats;
  /** Records that could not be read: named on the page, never silently left out of the count. */
  unreadable: ReportPass['unreadable'];
}

/** The statistics of the stored log, in one pass over its reports. */
export async function readLogStats(
  followUpHours: Settings['followUpHours'] | null,
  now = new Date(),
): Promise<StoredLogStats> {
  const tally = new LogStatsTally(reminderHoursFor(followUpHours), now);
  const pass = await forEachReport((report) => tally.add(report));
  return { stats: tally.result(), unreadable: pass.unreadable };
}
