import type { Report } from '../model';
import { openConstatDB } from './open';
import { parseReport } from './reports';

/** How many records one read brings: enough to keep the reads few, small enough to hold 100,000 reports' worth of none. */
const BATCH = 500;

/** What a pass over the log read: how many reports, and the records that failed validation. */
export interface ReportPass {
  read: number;
  unreadable: { id: string; error: string }[];
}

/**
 * Visits every readable report once, in id order, a batch at a time: only one batch is ever in
 * memory, so what the visitor keeps decides the cost (statistics keep counts, never the reports).
 * Batches of `getAll` after the last key seen rather than a per-record cursor: the same single pass,
 * with a few hundred reads instead of one per report. Unreadable records are counted and named.
 */
export async function forEachReport(visit: (report: Report) => void): Promise<ReportPass> {
  const db = await openConstatDB();
  const pass: ReportPass = { read: 0, unreadable: [] };
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction('reports');
    const [keys, values]: [string[], unknown[]] = await Promise.all([
      tx.store.getAllKeys(range, BATCH),
      tx.store.getAll(range, BATCH),
    ]);
    for (const [i, value] of values.entries()) {
      const report = readable(value, keys[i], pass);
      if (report) visit(report);
    }
    if (keys.length < BATCH) return pass;
    after = keys.at(-1) ?? null;
  }
}

function readable(value: unknown, key: string | undefined, pass: ReportPass): Report | null {
  try {
    const report = parseReport(value);
    pass.read++;
    return report;
  } catch (error) {
    pass.unreadable.push({ id: String(key), error: (error as Error).message });
    return null;
  }
}
