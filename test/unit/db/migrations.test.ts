import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { upgrade } from '../../../utils/db/migrations';
import { closeConstatDB } from '../../../utils/db/open';
import { MigrationError, migrateReportRecord } from '../../../utils/db/record-migrations';
import { getReport, listReports } from '../../../utils/db/reports';
import { DB_VERSION } from '../../../utils/db/schema';
import { reportSchema, SCHEMA_VERSION } from '../../../utils/model';
import databaseV1 from './examples/database-v1.json';
import databaseV2 from './examples/database-v2.json';
import databaseV2Mixed from './examples/database-v2-mixed.json';
import reportV1 from './examples/report-v1.json';
import reportV2 from './examples/report-v2.json';
import reportV3 from './examples/report-v3.json';
import reportV4 from './examples/report-v4.json';
import { rawReport, restoreDatabase, type SavedDatabase } from './saved-database';

describe('stored report migrations', () => {
  it('brings a saved schema-1 report to the current schema, keeping everything it held', () => {
    const migrated = reportSchema.parse(migrateReportRecord(structuredClone(reportV1)));
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrated.grounds).toEqual([]);
    expect(migrated.suggestion).toBeNull();
    expect(migrated.extracted).toEqual(reportV1.extracted);
    expect(migrated.evidence).toEqual(reportV1.evidence);
    expect(migrated.meta.capturedAt).toBe(reportV1.meta.capturedAt);
  });

  it('brings a saved schema-2 report to the current schema with no notice yet, its history kept', () => {
    const migrated = reportSchema.parse(migrateReportRecord(structuredClone(reportV2)));
    expect(migrated.notices).toEqual([]);
    expect(migrated.status).toBe('saved');
    expect(migrated.statusHistory).toEqual(reportV2.statusHistory);
    expect(migrated.grounds).toEqual(['religion']);
  });

  it('brings a saved schema-3 report to the current schema: audience unknown, the page address named as such', () => {
    const migrated = reportSchema.parse(migrateReportRecord(structuredClone(reportV3)));
    expect(migrated.audience).toEqual({ detected: null, confirmed: null });
    expect(migrated.notices[0]?.notice.addressKind).toBe('page');
    expect(migrated.notices[0]?.notice.audience).toBeNull();
    expect(migrated.notices[0]?.text).toBe(reportV3.notices[0]?.text);
    const fromV2 = reportSchema.parse(migrateReportRecord(structuredClone(reportV2)));
    expect(fromV2.audience).toEqual({ detected: null, confirmed: null });
  });

  it('brings a saved schema-4 report to the current schema: nobody named as attacked, its notices and steps kept', () => {
    const migrated = reportSchema.parse(migrateReportRecord(structuredClone(reportV4)));
    expect(migrated.attackTarget).toBe('');
    expect(migrated.notices).toEqual(reportV4.notices);
    expect(migrated.statusHistory).toEqual(reportV4.statusHistory);
    expect(migrated.notes).toBe(reportV4.notes);
    const fromV1 = reportSchema.parse(migrateReportRecord(structuredClone(reportV1)));
    expect(fromV1.attackTarget).toBe('');
  });

  it('leaves a current record as it is and refuses one from a newer Constat', () => {
    const current = migrateReportRecord(structuredClone(reportV1));
    expect(migrateReportRecord(current)).toEqual(current);
    expect(() => migrateReportRecord({ ...reportV1, schemaVersion: SCHEMA_VERSION + 1 })).toThrow(
      MigrationError,
    );
    expect(() => migrateReportRecord({ ...reportV1, schemaVersion: 0 })).toThrow(/cannot upgrade/);
  });

  it.each([
    ['version-1 database with schema-1 reports', databaseV1, reportV1.id],
    ['version-2 database with schema-2 reports (the 2 → 3 trap)', databaseV2, reportV2.id],
  ])('opens a saved %s and reads every report at the current schema', async (_name, saved, id) => {
    await restoreDatabase(saved as SavedDatabase);

    const list = await listReports();
    expect(list.unreadable).toEqual([]);
    expect(list.reports.map((r) => r.id)).toEqual([id]);
    expect(list.reports[0]?.schemaVersion).toBe(SCHEMA_VERSION);
    // Rewritten on disk too, not only read through a migration.
    expect((await rawReport(id))?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('opens a saved mixed database: old reports migrated, a damaged and a newer one kept untouched', async () => {
    await restoreDatabase(databaseV2Mixed as SavedDatabase);
    const [v1, v2, newer, damaged] = databaseV2Mixed.records.reports as { id: string }[];

    const list = await listReports();
    expect(list.reports.map((r) => r.id).sort()).toEqual([v1?.id, v2?.id].sort());
    expect(list.reports.every((r) => r.schemaVersion === SCHEMA_VERSION)).toBe(true);
    expect(list.unreadable.map((u) => u.id).sort()).toEqual([newer?.id, damaged?.id].sort());
    expect(list.unreadable.find((u) => u.id === newer?.id)?.error).toMatch(/newer Constat/);
    expect(await rawReport(newer!.id)).toEqual(databaseV2Mixed.records.reports[2]);
    expect(await rawReport(damaged!.id)).toEqual(databaseV2Mixed.records.reports[3]);
  });

  it('reads a report left at an older schema even when it was written after the database was opened', async () => {
    await restoreDatabase(databaseV2 as SavedDatabase);
    await listReports();
    const lateId = '5d0f2b1e-7c3a-4e9b-8f21-0a6c3d4e5f60';
    // Another context (an older build still running) writes a schema-2 record into the open database.
    const db = await openDB('constat');
    await db.put('reports', { ...structuredClone(reportV2), id: lateId });
    db.close();

    const report = await getReport(lateId);
    expect(report?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report?.notices).toEqual([]);
  });

  it('migrates a database whose layout is already current but whose records are not', async () => {
    await closeConstatDB();
    globalThis.indexedDB = new IDBFactory();
    const db = await openDB('constat', DB_VERSION, { upgrade });
    await db.put('reports', structuredClone(reportV1) as never);
    db.close();

    const report = await getReport(reportV1.id);
    expect(report?.schemaVersion).toBe(SCHEMA_VERSION);
    expect((await rawReport(reportV1.id))?.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
