import type { IDBPDatabase } from 'idb';
import type { LogTx } from '../db/log-events';
import type { ConstatDB } from '../db/schema';
import { rowOfStored } from './row';

// The index rows are derived data: every write of a report rewrites its row in the same
// transaction (log-events.ts does it for each report an event names), and opening the database
// writes the rows that are missing (a database from before layout 6, or one a failure left behind).

type DB = IDBPDatabase<ConstatDB>;

/** Rewrites the rows of these reports from what the transaction now holds (deleted: row removed). */
export function refreshRows(tx: LogTx, ids: Iterable<string>): Promise<unknown>[] {
  return [...new Set(ids)].map(async (id) => {
    const stored = await tx.objectStore('reports').get(id);
    if (stored === undefined) await tx.objectStore('logIndex').delete(id);
    else await tx.objectStore('logIndex').put(rowOfStored(id, stored));
  });
}

const BATCH = 500;

/** One batch of reports after `after`, each given its row; returns the last key, or null at the end. */
async function indexBatch(db: DB, after: string | null): Promise<string | null> {
  const tx = db.transaction(['reports', 'logIndex'], 'readwrite');
  const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
  const reports = tx.objectStore('reports');
  const [keys, values] = await Promise.all([reports.getAllKeys(range, BATCH), reports.getAll(range, BATCH)]);
  await Promise.all([
    ...keys.map((key, i) => tx.objectStore('logIndex').put(rowOfStored(key, values[i]))),
    tx.done,
  ]);
  return keys.length < BATCH ? null : (keys.at(-1) ?? null);
}

/** Removes the rows whose report is gone. */
async function dropOrphanRows(db: DB): Promise<void> {
  const tx = db.transaction(['reports', 'logIndex'], 'readwrite');
  let cursor = await tx.objectStore('logIndex').openKeyCursor();
  while (cursor) {
    if ((await tx.objectStore('reports').count(cursor.primaryKey)) === 0)
      await tx.objectStore('logIndex').delete(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  await tx.done;
}

/**
 * Writes every report's row when the rows and the reports do not match in number (a database
 * upgraded to layout 6, whose index store starts empty). Batched: each batch is its own short
 * transaction, and a batch reads the reports it indexes, so a write in between stays consistent.
 */
export async function buildMissingRows(db: DB): Promise<number> {
  const [reports, rows] = await Promise.all([db.count('reports'), db.count('logIndex')]);
  if (reports === rows) return 0;
  let after: string | null = null;
  do after = await indexBatch(db, after);
  while (after !== null);
  if ((await db.count('logIndex')) > (await db.count('reports'))) await dropOrphanRows(db);
  return reports;
}
