import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { migrateReportRecord } from './record-migrations';
import type { ConstatDB } from './schema';

type UpgradeTx = IDBPTransaction<ConstatDB, StoreNames<ConstatDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<ConstatDB>, tx: UpgradeTx) => void;

/** Step N upgrades the database from version N to N + 1; steps run one at a time, in order. */
export const upgradeSteps: readonly Step[] = [
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byCreatedAt', 'createdAt');
    const evidence = db.createObjectStore('evidence', { keyPath: 'id' });
    evidence.createIndex('byReport', 'reportId');
  },
  // Reports stored at schema 1 move to schema 2. A record that cannot be migrated is left as it is
  // and shows in the log as unreadable, never dropped.
  (_db, tx) => {
    const store = tx.objectStore('reports');
    void store.openCursor().then(async function migrate(cursor): Promise<void> {
      if (!cursor) return;
      try {
        await cursor.update(migrateReportRecord(cursor.value) as ConstatDB['reports']['value']);
      } catch {
        // Kept unchanged: listReports names it with the parse error.
      }
      return migrate(await cursor.continue());
    });
  },
];

export function upgrade(
  db: IDBPDatabase<ConstatDB>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
): void {
  for (let version = oldVersion; version < (newVersion ?? upgradeSteps.length); version++) {
    const step = upgradeSteps[version];
    if (!step) throw new Error(`No database upgrade from version ${version}`);
    step(db, tx);
  }
}
