import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listEvents, listReportEvents } from '../../../utils/db/events';
import { upgrade } from '../../../utils/db/migrations';
import { closeConstatDB } from '../../../utils/db/open';
import { migrateReportRecord } from '../../../utils/db/record-migrations';
import { listReports, updateReport } from '../../../utils/db/reports';
import { DB_VERSION } from '../../../utils/db/schema';
import { chainEvents, recordSha256 } from '../../../utils/log/event';
import { type Finding, verifyLog } from '../../../utils/log/verify';
import { SCHEMA_VERSION } from '../../../utils/model';
import databaseV1 from './examples/database-v1.json';
import databaseV2 from './examples/database-v2.json';
import databaseV2Mixed from './examples/database-v2-mixed.json';
import reportV2 from './examples/report-v2.json';
import reportV3 from './examples/report-v3.json';
import { rawReport, restoreDatabase, type SavedDatabase } from './saved-database';

// The saved databases hold no evidence bytes: findings about files are not what these tests check.
const aboutReports = (findings: Finding[]) => findings.filter((f) => !f.kind.startsWith('file-'));

/** A database at the current layout, written without the product's code, holding `records` and `events`. */
async function currentLayout(records: unknown[], events: unknown[] = []): Promise<void> {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
  const db = await openDB('constat', DB_VERSION, { upgrade });
  for (const record of records) await db.put('reports', structuredClone(record) as never);
  for (const event of events) await db.put('events', event as never);
  db.close();
}

/** What an older build with a history would have written for a report it created. */
async function historyOf(record: { id: string; schemaVersion: number }) {
  return chainEvents(
    [
      {
        type: 'created',
        at: '2026-06-01T10:00:00.000Z',
        reportId: record.id,
        reportSha256: await recordSha256(record),
        data: { schemaVersion: record.schemaVersion },
      },
    ],
    null,
  );
}

describe('stored reports migrated with their event', () => {
  it.each([
    ['version-1 database with schema-1 reports', databaseV1],
    ['version-2 database with schema-2 reports', databaseV2],
  ])('records the %s as found, then a "migrated" event, and Verify finds nothing', async (_name, saved) => {
    const [old] = (saved as SavedDatabase).records.reports as { id: string; schemaVersion: number }[];
    await restoreDatabase(saved as SavedDatabase);

    await listReports();
    const events = await listReportEvents(old!.id);
    expect(events.map((e) => e.type)).toEqual(['created', 'migrated']);
    const [created, migrated] = events;
    expect(created?.reportSha256).toBe(await recordSha256(old));
    expect(migrated?.data).toMatchObject({
      from: old!.schemaVersion,
      to: SCHEMA_VERSION,
      schemaVersion: SCHEMA_VERSION,
      replacedReportSha256: await recordSha256(old),
    });
    expect(migrated?.reportSha256).toBe(await recordSha256(await rawReport(old!.id)));
    expect(aboutReports((await verifyLog()).findings)).toEqual([]);
  });

  it('migrates the old reports of a mixed database with events, and leaves the damaged and the newer one as found', async () => {
    await restoreDatabase(databaseV2Mixed as SavedDatabase);
    const [v1, v2, newer, damaged] = databaseV2Mixed.records.reports as { id: string }[];

    await listReports();
    const types = async (id: string) => (await listReportEvents(id)).map((e) => e.type);
    expect(await types(v1!.id)).toEqual(['created', 'migrated']);
    expect(await types(v2!.id)).toEqual(['created', 'migrated']);
    expect(await types(newer!.id)).toEqual(['created']);
    expect(await types(damaged!.id)).toEqual(['created']);
    expect(aboutReports((await verifyLog()).findings)).toEqual([]);
  });

  it('migrates a database whose layout is current and whose history exists, without a second "created"', async () => {
    await currentLayout([reportV3], await historyOf(reportV3));

    await listReports();
    expect((await listReportEvents(reportV3.id)).map((e) => e.type)).toEqual(['created', 'migrated']);
    expect((await rawReport(reportV3.id))?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(aboutReports((await verifyLog()).findings)).toEqual([]);
  });

  it('records the migration of a report an older build wrote after the database was opened, when it is next changed', async () => {
    await currentLayout([], []);
    await listReports();
    // An older build still running writes a schema-2 report with its "created" event.
    const db = await openDB('constat');
    for (const event of await historyOf(reportV2)) await db.put('events', event);
    await db.put('reports', structuredClone(reportV2));
    db.close();

    await updateReport(reportV2.id, (r) => ({ ...r, notes: 'seen again' }));
    const events = await listReportEvents(reportV2.id);
    expect(events.map((e) => e.type)).toEqual(['created', 'migrated', 'note']);
    expect(events[1]?.data).toMatchObject({ from: 2, to: SCHEMA_VERSION });
    expect(aboutReports((await verifyLog()).findings)).toEqual([]);
  });

  it('still names a report upgraded outside Constat, without an event', async () => {
    const upgradedBehind = migrateReportRecord(structuredClone(reportV3));
    await currentLayout([upgradedBehind], await historyOf(reportV3));

    expect(aboutReports((await verifyLog()).findings)).toEqual([
      { kind: 'report-migrated', reportId: reportV3.id, from: 3, to: SCHEMA_VERSION },
    ]);
  });

  it('names a report changed outside Constat and left at an older format, even once Constat upgraded it', async () => {
    const edited = { ...structuredClone(reportV3), notes: 'rewritten behind Constat’s back' };
    await currentLayout([edited], await historyOf(reportV3));

    const { findings } = await verifyLog();
    const seq = (await listEvents()).find((e) => e.type === 'migrated')?.seq;
    expect(aboutReports(findings)).toEqual([
      { kind: 'report-altered-before-migration', reportId: reportV3.id, seq },
    ]);
  });
});
