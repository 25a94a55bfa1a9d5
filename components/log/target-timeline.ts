import type { PlatformId, Report, ReportStatus } from '../../utils/model';
import { loadSettings } from '../../utils/settings';
import type { Outcome } from '../../utils/stats/outcome';
import { reportOutcome } from '../../utils/stats/outcome';
import { reminderHoursFor } from '../../utils/stats/read-stats';
import { readTargetGroups } from '../../utils/target/read-targets';
import { authorLabel } from '../report/report-fields';

/** One report on a target's timeline: only what the timeline shows is kept, never the report. */
export interface TimelineEntry {
  id: string;
  capturedAt: string;
  platform: PlatformId;
  author: string;
  categoryId: string | null;
  status: ReportStatus;
  /** What became of its notices; null when none was sent. */
  outcome: Outcome | null;
}

/** Every named target with its reports, oldest first: one pass over the log. */
export async function readTargetTimelines(now = new Date()) {
  const settings = await loadSettings().catch(() => null);
  const reminderHours = reminderHoursFor(settings?.followUpHours ?? null);
  const read = await readTargetGroups(
    (report: Report): TimelineEntry => ({
      id: report.id,
      capturedAt: report.meta.capturedAt,
      platform: report.platform,
      author: authorLabel(report),
      categoryId: report.categoryId,
      status: report.status,
      outcome: reportOutcome(report, reminderHours(report), now)?.outcome ?? null,
    }),
  );
  for (const group of read.groups) group.entries.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  return read;
}
