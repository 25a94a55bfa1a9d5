import { readChainHead } from '../../utils/db/log-events';
import { openConstatDB } from '../../utils/db/open';
import { chainEvents } from '../../utils/log/event';
import { createdDraft, withReportState } from '../../utils/log/report-events';
import { rowOfReport } from '../../utils/log-index/row';
import { addToTotal } from '../../utils/log-index/total';
import { countInTransaction } from '../../utils/stats/counter-store';
import { syntheticReport } from './synthetic-log';

// Bundled into an extra page of a copy of the built extension (seed-page.ts): it writes synthetic
// reports through the extension's own storage code, in the extension's own database. Each batch
// is one transaction holding the reports (new ones), their "created" events chained after the
// current head, their index rows, the rows' total and the statistics' counters, as saveCapture
// would write them one by one;
// the rows are derived from the reports in hand (rowOfReport) rather than read back, which is
// what makes 100,000 fast.

async function seedLog(from: number, to: number, options: { seed?: number; authors?: number } = {}) {
  const db = await openConstatDB();
  const reports = Array.from({ length: to - from }, (_, k) => syntheticReport(from + k, options));
  // Each report's hash is independent of the others: computed together.
  const drafts = (
    await Promise.all(
      reports.map((report) => withReportState([createdDraft(report, report.createdAt)], report)),
    )
  ).flat();
  const head = await readChainHead(db);
  const events = await chainEvents(drafts, head);
  const rows = reports.map(rowOfReport);
  const tx = db.transaction(['reports', 'events', 'logIndex', 'logTotals', 'statCounters'], 'readwrite');
  const last = await tx.objectStore('events').openCursor(null, 'prev');
  if ((last?.value.hash ?? null) !== (head?.hash ?? null)) {
    tx.abort();
    throw new Error('The log changed while it was being seeded');
  }
  await Promise.all([
    ...reports.map((report) => tx.objectStore('reports').put(report)),
    ...rows.map((row) => tx.objectStore('logIndex').put(row)),
    ...events.map((event) => tx.objectStore('events').add(event)),
    addToTotal(tx.objectStore('logTotals'), reports.length),
    countInTransaction(
      tx.objectStore('statCounters'),
      rows.map((after) => ({ before: undefined, after })),
    ),
    tx.done,
  ]);
  return reports.map((report) => report.id);
}

Object.assign(globalThis, { seedLog });
