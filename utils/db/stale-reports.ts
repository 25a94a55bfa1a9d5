import type { IDBPDatabase } from 'idb';
import { rowOfReport, rowOfStored } from '../log-index/row';
import { reportSchema, SCHEMA_VERSION } from '../model';
import { migrateReportRecord } from './record-migrations';
import type { ConstatDB } from './schema';

/**
 * Rewrites every report stored at an older schema version in the current one. Runs each time the
 * database is opened, independent of the layout version: the layout (stores, indexes) and the record
 * schema change at their own pace, and an IndexedDB upgrade callback runs only when the layout does.
 * The index makes this cost nothing once every record is current. A record that cannot be migrated
 * is left exactly as it was: the log lists it as unreadable, with the reason, and never drops it.
 * Reports written by a newer Constat (a higher version) are left alone too.
 */
export async function migrateStaleReports(db: IDBPDatabase<ConstatDB>): Promise<number> {
  const tx = db.transaction(['reports', 'logIndex'], 'readwrite');
  const older = IDBKeyRange.upperBound(SCHEMA_VERSION, true);
  let migrated = 0;
  let cursor = await tx.objectStore('reports').index('bySchemaVersion').openCursor(older);
  while (cursor) {
    const next = reportSchema.safeParse(safeMigration(cursor.value));
    // The index row follows the record, in the same transaction (utils/log-index/).
    const row = next.success ? rowOfReport(next.data) : rowOfStored(cursor.primaryKey, cursor.value);
    await tx.objectStore('logIndex').put(row);
    if (next.success) {
      await cursor.update(next.data);
      migrated++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return migrated;
}

function safeMigration(value: unknown): unknown {
  try {
    return migrateReportRecord(value);
  } catch {
    return null;
  }
}
