import { type IDBPDatabase, openDB } from 'idb';
import { removeAbandonedImports } from '../import/staging';
import { buildMissingRows } from '../log-index/maintain';
import { readTotal } from '../log-index/total';
import { hasCurrentCounters, recountStats } from '../stats/counter-store';
import { historyRecorded, recordExistingReports } from './log-events';
import { upgrade } from './migrations';
import { type ConstatDB, DB_NAME, DB_VERSION } from './schema';
import { hasStaleReports, migrateStaleReports } from './stale-reports';

let opening: Promise<IDBPDatabase<ConstatDB>> | null = null;

/**
 * History first: a report stored before the log kept one gets its "created" event as found, then
 * its "migrated" event, so the chain shows both what was stored and the upgrade; then the rows of
 * the migrated records, then the statistics' counters of the rows (a database upgraded to layout
 * 10; rebuilding the rows counts them too). Each step looks before it writes, and usually finds
 * nothing to do: the looks are made at once, and only the steps they call for run, in that order.
 */
async function bringRecordsUpToDate(db: IDBPDatabase<ConstatDB>): Promise<void> {
  const [historyBegun, stale, rowsCounted, statsCounted] = await Promise.all([
    historyRecorded(db),
    hasStaleReports(db),
    readTotal(db).then((total) => total !== null),
    hasCurrentCounters(db),
  ]);
  if (!historyBegun) await recordExistingReports(db);
  if (stale) await migrateStaleReports(db);
  if (!rowsCounted) await buildMissingRows(db);
  else if (!statsCounted) await recountStats(db, { unlessCounted: true });
}

/**
 * The one connection of this context; closed (and reopened on next use) when a newer version needs it.
 * Before the connection is handed out, reports stored before the log kept a history get their first
 * event, stale reports are migrated (each with its event), so every reader sees current records, and
 * reports without an index row (a database from before layout 6) get one, and the files staged by
 * an import that was abandoned mid-way are removed.
 */
export function openConstatDB(): Promise<IDBPDatabase<ConstatDB>> {
  opening ??= openDB<ConstatDB>(DB_NAME, DB_VERSION, {
    upgrade,
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  })
    .then(async (db) => {
      // Removing an abandoned import's staged files touches only its own store: it runs beside the
      // record checks rather than after them, so the first reader waits for the longer of the two.
      await Promise.all([bringRecordsUpToDate(db), removeAbandonedImports(db)]);
      return db;
    })
    .catch((error: unknown) => {
      opening = null;
      throw error;
    });
  return opening;
}

/** For tests: forget the cached connection after the fake database is replaced. */
export async function closeConstatDB(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
