import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { ROWS } from '../log-index/total';
import type { ConstatDB } from './schema';

type UpgradeTx = IDBPTransaction<ConstatDB, StoreNames<ConstatDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<ConstatDB>, tx: UpgradeTx) => void;

// Layout steps only (object stores and indexes). Stored records are brought to the current schema
// apart from these, each time the database is opened (see stale-reports.ts): a schema step that
// came without a layout step once left every report of a version-2 database unreadable.

/** Step N upgrades the database layout from version N to N + 1; steps run one at a time, in order. */
export const upgradeSteps: readonly Step[] = [
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byCreatedAt', 'createdAt');
    const evidence = db.createObjectStore('evidence', { keyPath: 'id' });
    evidence.createIndex('byReport', 'reportId');
  },
  // Layout 2 changed no store: this step once migrated the records, which now happens on every open.
  () => {},
  // Reports by schema version, so that opening the database finds the stale ones without a full scan.
  (_db, tx) => {
    tx.objectStore('reports').createIndex('bySchemaVersion', 'schemaVersion');
  },
  // The log's history (utils/log/): the reports already stored get their "created" event when the
  // database is next opened (see log-events.ts), since hashing cannot run inside an upgrade.
  (db) => {
    db.createObjectStore('events', { keyPath: 'seq' }).createIndex('byReport', 'reportId');
  },
  // Pile-on collections: one record per attack, naming its replies' reports.
  (db) => {
    db.createObjectStore('collections', { keyPath: 'id' });
  },
  // The log's index rows (utils/log-index/), so the list reads pages through indexes instead of
  // every report; rows for the reports already stored are written when the database is next
  // opened (see log-index/maintain.ts), since deriving them needs the record migrations.
  (db) => {
    const rows = db.createObjectStore('logIndex', { keyPath: 'id' });
    rows.createIndex('byDate', 'at');
    for (const [name, field] of [
      ['byPlatform', 'platform'],
      ['byCategory', 'category'],
      ['byStatus', 'status'],
      ['byAuthor', 'author'],
    ] as const) {
      rows.createIndex(name, [field, 'at']);
    }
    rows.createIndex('byGround', 'groundKeys', { multiEntry: true });
    rows.createIndex('byWord', 'words', { multiEntry: true });
    // Due reminders are a range per category (each has its own delay); rows without `pending` are left out.
    rows.createIndex('byPending', ['category', 'pending']);
    rows.createIndex('byUnreadable', 'unreadable');
  },
  // The rows index whole words (searched as prefixes by key range) instead of every prefix: the rows
  // are cleared here and written again when the database is next opened (log-index/maintain.ts),
  // which then records their number in the new totals store (log-index/total.ts).
  (db, tx) => {
    void tx.objectStore('logIndex').clear();
    db.createObjectStore('logTotals');
  },
  // An import's files wait here until its final transaction adds them to the log (import/staging.ts),
  // so that an import never holds a whole bundle in memory.
  (db) => {
    db.createObjectStore('importStaging', { keyPath: ['importId', 'name'] });
  },
  followUpIndexes,
  // Layout 10: the statistics page counted key ranges of the rows' indexes, which reads every key
  // in them (12 s at 100,000 reports); it now reads counters kept with every row written
  // (stats/counters.ts). They are counted from the rows when the database is next opened
  // (stats/counter-store.ts): an upgrade cannot wait for the rows to be read and counted.
  (db) => {
    db.createObjectStore('statCounters');
  },
];

/**
 * Layout 9: what the statistics and the reminders read, as indexes of the rows (their follow-up
 * fields, log-index/row.ts), so that neither reads the reports: the statistics count key ranges
 * (outcomes per platform, category and sending time; removal times, whose middle one is the
 * median), the reminders walk the waiting notices' keys. The rows are cleared with their total and
 * written again with those fields when the database is next opened (log-index/maintain.ts).
 */
function followUpIndexes(_db: IDBPDatabase<ConstatDB>, tx: UpgradeTx): void {
  const rows = tx.objectStore('logIndex');
  rows.createIndex('byWaiting', 'waiting', { multiEntry: true });
  rows.createIndex('byOutcome', ['platform', 'outcome', 'category', 'sentAt']);
  rows.createIndex('bySent', ['platform', 'category', 'sentAt']);
  rows.createIndex('byRemoval', ['platform', 'category', 'removalHours']);
  rows.createIndex('byRemovalTime', ['platform', 'removalHours']);
  void rows.clear();
  void tx.objectStore('logTotals').delete(ROWS);
}

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
