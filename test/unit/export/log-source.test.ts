import { describe, expect, it } from 'vitest';
import { openConstatDB } from '../../../utils/db/open';
import { listReports } from '../../../utils/db/reports';
import { allReports, type ReportBatch, readLogSource } from '../../../utils/export/log-source';
import type { LogEvent } from '../../../utils/log/event';
import { makeReport, storeCapture } from '../factories';

// The exports read the log a batch at a time (a few hundred reports per read): the batches must
// give the reports in the order the whole list had (newest first, same instant by id), even when
// reports captured at the same instant straddle two batches, and name every unreadable record.

describe('the log read in batches', () => {
  it('gives every report in the list order, ties across batches included, and the unreadable ones', async () => {
    const db = await openConstatDB();
    // Five instants for 700 reports: groups of 140 ties, more than one batch's worth in total.
    for (let i = 0; i < 700; i++) {
      await db.put('reports', makeReport({ createdAt: `2026-10-0${1 + (i % 5)}T08:00:00.000Z` }));
    }
    await db.put('reports', { ...makeReport(), status: 'not-a-status' } as never);
    await db.put('reports', { id: 'no-date', schemaVersion: 3 } as never);
    const source = await readLogSource();
    const batches: number[] = [];
    for await (const batch of source.batches()) batches.push(batch.reports.length);
    expect(batches.length).toBeGreaterThan(1);
    const list = await listReports();
    expect((await allReports(source)).reports.map((r) => r.id)).toEqual(list.reports.map((r) => r.id));
    expect(source.unreadable.map((u) => u.id)).toEqual(list.unreadable.map((u) => u.id));
    expect(source.unreadable).toHaveLength(2);
  });

  it('reads a selection in the log order, with its own events only, up to the head read first', async () => {
    const older = await storeCapture({ report: { createdAt: '2026-11-01T08:00:00.000Z' } });
    const newer = await storeCapture({ report: { createdAt: '2026-11-02T08:00:00.000Z' } });
    await storeCapture();
    const source = await readLogSource([older.report.id, newer.report.id, 'not-stored']);
    // Recorded after the source was opened: beyond the head it will print, so not in the file.
    await storeCapture();
    const { reports, events } = await allReports(source);
    expect(reports.map((r) => r.id)).toEqual([newer.report.id, older.report.id]);
    expect(events.get(older.report.id)?.map((e) => e.type)).toEqual(['created']);
    const chain: LogEvent[] = [];
    for await (const batch of source.events()) chain.push(...batch);
    expect(chain.map((e) => e.reportId)).toEqual([older.report.id, newer.report.id]);
    expect(chain.every((e) => e.seq <= (source.head?.seq ?? 0))).toBe(true);
  });

  it('leaves the events out of the batches when asked to (the JSON export writes the chain apart)', async () => {
    const stored = await storeCapture();
    const source = await readLogSource();
    const read: ReportBatch[] = [];
    for await (const batch of source.batches({ events: false })) read.push(batch);
    expect(read.flatMap((batch) => batch.reports.map((r) => r.id))).toEqual([stored.report.id]);
    expect(read.every((batch) => batch.events.size === 0)).toBe(true);
    expect((await allReports(source)).events.get(stored.report.id)?.map((e) => e.type)).toEqual(['created']);
  });
});
