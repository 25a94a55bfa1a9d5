import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { closeConstatDB } from '../../../utils/db/open';
import { MigrationError, migrateReportRecord } from '../../../utils/db/record-migrations';
import { getReport, listReports } from '../../../utils/db/reports';
import { reportSchema, SCHEMA_VERSION } from '../../../utils/model';
import reportV1 from './examples/report-v1.json';
import reportV2 from './examples/report-v2.json';
import reportV3 from './examples/report-v3.json';

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

  it('leaves a current record as it is and refuses one from a newer Constat', () => {
    const current = migrateReportRecord(structuredClone(reportV1));
    expect(migrateReportRecord(current)).toEqual(current);
    expect(() => migrateReportRecord({ ...reportV1, schemaVersion: SCHEMA_VERSION + 1 })).toThrow(
      MigrationError,
    );
    expect(() => migrateReportRecord({ ...reportV1, schemaVersion: 0 })).toThrow(/cannot upgrade/);
  });

  it('migrates the records of a version-1 database when the extension opens it', async () => {
    // A database as the first release left it: layout version 1, one report at schema 1.
    await closeConstatDB();
    globalThis.indexedDB = new IDBFactory();
    const old = await openDB('constat', 1, {
      upgrade(db) {
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
        db.createObjectStore('evidence', { keyPath: 'id' }).createIndex('byReport', 'reportId');
      },
    });
    await old.put('reports', structuredClone(reportV1));
    await old.put('reports', { id: 'damaged', schemaVersion: 1 });
    old.close();

    const report = await getReport(reportV1.id);
    expect(report?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report?.grounds).toEqual([]);
    const list = await listReports();
    expect(list.reports.map((r) => r.id)).toEqual([reportV1.id]);
    expect(list.unreadable.map((u) => u.id)).toEqual(['damaged']);
  });
});
