import { openConstatDB } from '../db/open';
import { parseReport, type ReportList } from '../db/reports';
import type { Report } from '../model';
import { type LogStatus, logStatuses } from './row';

// Reads for the popup, the composer, the reminders and the periodic rechecks that go through
// indexes, so that what they cost follows what they show (a few reports, the notices awaiting an
// answer), not the size of the log. The list page has its own (query.ts, read.ts).

function readable(value: unknown): Report | null {
  try {
    return parseReport(value);
  } catch {
    return null;
  }
}

/**
 * The `limit` newest reports by capture date, and every record that cannot be read (from the
 * index rows, which name them all, even one without a date).
 */
export async function newestReports(limit: number): Promise<ReportList> {
  const db = await openConstatDB();
  const tx = db.transaction(['reports', 'logIndex']);
  const reports: Report[] = [];
  let cursor = await tx.objectStore('reports').index('byCreatedAt').openCursor(null, 'prev');
  while (cursor && reports.length < limit) {
    const report = readable(cursor.value);
    if (report) reports.push(report);
    cursor = reports.length < limit ? await cursor.continue() : null;
  }
  const unreadable = await tx.objectStore('logIndex').index('byUnreadable').getAll();
  return { reports, unreadable: unreadable.map((row) => ({ id: row.id, error: row.unreadable ?? '' })) };
}

/** Where a report stands before any notice was sent, or once its post is known removed. */
const notRechecked: readonly string[] = ['draft', 'saved', 'removed'] satisfies LogStatus[];
/** The statuses of reports with a notice sent and the post not known removed. */
export const recheckStatuses = logStatuses.filter((status) => !notRechecked.includes(status));

/**
 * Reports whose status says a notice was sent and the post is not known removed, newest first,
 * for as long as `keep` asks for more: one key cursor per status, merged by date, each report
 * read as its turn comes.
 */
export async function visitRecheckable(keep: (report: Report) => boolean): Promise<void> {
  const db = await openConstatDB();
  const tx = db.transaction(['reports', 'logIndex']);
  const index = tx.objectStore('logIndex').index('byStatus');
  const opened = await Promise.all(
    recheckStatuses.map((status) =>
      index.openKeyCursor(IDBKeyRange.bound([status, ''], [status, '\uffff']), 'prev'),
    ),
  );
  const cursors = opened.filter((cursor) => cursor !== null);
  const dateOf = (cursor: (typeof cursors)[number]) => String((cursor.key as [string, string])[1]);
  while (cursors.length > 0) {
    const newest = cursors.reduce((a, b) => (dateOf(b) > dateOf(a) ? b : a));
    const value = await tx.objectStore('reports').get(newest.primaryKey);
    const report = value === undefined ? null : readable(value);
    if (report && !keep(report)) return;
    const next = await newest.continue();
    cursors.splice(cursors.indexOf(newest), 1, ...(next ? [next] : []));
  }
}
