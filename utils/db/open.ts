import { type IDBPDatabase, openDB } from 'idb';
import { removeAbandonedImports } from '../import/staging';
import { buildMissingRows } from '../log-index/maintain';
import { recordExistingReports } from './log-events';
import { upgrade } from './migrations';
import { type ConstatDB, DB_NAME, DB_VERSION } from './schema';
import { migrateStaleReports } from './stale-reports';

let opening: Promise<IDBPDatabase<ConstatDB>> | null = null;

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
      // History first: a report stored before the log kept one gets its "created" event as found,
      // then its "migrated" event, so the chain shows both what was stored and the upgrade.
      await recordExistingReports(db);
      await migrateStaleReports(db);
      await buildMissingRows(db);
      // What an import closed or killed mid-way had staged (never part of the log) goes.
      await removeAbandonedImports(db);
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
