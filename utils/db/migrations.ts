import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
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
