import { commitChange } from '../../utils/db/log-events';
import { openConstatDB } from '../../utils/db/open';
import { createdDraft, withReportState } from '../../utils/log/report-events';
import { syntheticReport } from './synthetic-log';

// Bundled into an extra page of a copy of the built extension (seed-page.ts): it writes synthetic
// reports through the extension's own storage code (each batch one transaction, with its events
// and index rows), in the extension's own database.

async function seedLog(from: number, to: number, options: { seed?: number; authors?: number } = {}) {
  const db = await openConstatDB();
  const reports = Array.from({ length: to - from }, (_, k) => syntheticReport(from + k, options));
  const drafts = (
    await Promise.all(
      reports.map((report) => withReportState([createdDraft(report, report.createdAt)], report)),
    )
  ).flat();
  await commitChange(db, async () => ({
    drafts,
    unchanged: async () => true,
    write: (tx) => reports.map((report) => tx.objectStore('reports').put(report)),
    result: undefined,
  }));
  return reports.map((report) => report.id);
}

Object.assign(globalThis, { seedLog });
