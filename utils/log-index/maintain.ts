import type { IDBPDatabase } from 'idb';
import type { LogTx } from '../db/log-events';
import type { ConstatDB } from '../db/schema';
import { COUNTERS, countAllRows, countInTransaction, dropCounters } from '../stats/counter-store';
import type { RowChange } from '../stats/counters';
import { rowOfStored } from './row';
import { addToTotal, readTotal, setTotal } from './total';

// The index rows are derived data: every write of a report rewrites its row in the same
// transaction (log-events.ts does it for each report an event names), with the rows' total.
// Opening the database writes every row when no total is recorded (a database upgraded to
// layout 7); the log list checks later, off its first paint, that the rows and the reports still
// match in number (row-check.ts).

type DB = IDBPDatabase<ConstatDB>;

/** Rewrites one report's row from what the transaction holds; the row before and after. */
async function refreshRow(tx: LogTx, id: string): Promise<RowChange> {
  const rows = tx.objectStore('logIndex');
  const [stored, before] = await Promise.all([tx.objectStore('reports').get(id), rows.get(id)]);
  if (stored === undefined) {
    if (before !== undefined) await rows.delete(id);
    return { before, after: undefined };
  }
  const after = rowOfStored(id, stored);
  await rows.put(after);
  return { before, after };
}

const rowsAdded = ({ before, after }: RowChange) => (after ? 1 : 0) - (before ? 1 : 0);

/** Rewrites the rows of these reports (deleted: row removed), the total and the counters, in the transaction. */
export async function refreshRows(tx: LogTx, ids: Iterable<string>): Promise<void> {
  const changes = await Promise.all([...new Set(ids)].map((id) => refreshRow(tx, id)));
  await Promise.all([
    addToTotal(
      tx.objectStore('logTotals'),
      changes.reduce((sum, change) => sum + rowsAdded(change), 0),
    ),
    countInTransaction(tx.objectStore('statCounters'), changes),
  ]);
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

/** Removes the rows whose report is gone, then records the rows' number and counters, in one transaction. */
async function dropOrphanRowsAndCount(db: DB): Promise<void> {
  const tx = db.transaction(['reports', 'logIndex', 'logTotals', 'statCounters'], 'readwrite');
  let cursor = await tx.objectStore('logIndex').openKeyCursor();
  while (cursor) {
    if ((await tx.objectStore('reports').count(cursor.primaryKey)) === 0)
      await tx.objectStore('logIndex').delete(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  await setTotal(tx.objectStore('logTotals'), await tx.objectStore('logIndex').count());
  await tx.objectStore('statCounters').put(await countAllRows(tx.objectStore('logIndex')), COUNTERS);
  await tx.done;
}

/** The counters removed before rows are written without them (they are counted again at the end). */
async function dropStatCounters(db: DB): Promise<void> {
  const tx = db.transaction('statCounters', 'readwrite');
  await Promise.all([dropCounters(tx.store), tx.done]);
}

/**
 * Writes every report's row, then the total and the counters. Batched: each batch is its own short
 * transaction, and a batch reads the reports it indexes, so a write in between stays consistent;
 * the last transaction counts the rows it leaves.
 */
export async function rebuildRows(db: DB): Promise<void> {
  await dropStatCounters(db);
  let after: string | null = null;
  do after = await indexBatch(db, after);
  while (after !== null);
  await dropOrphanRowsAndCount(db);
}

/** On opening: every row written when no total is recorded (one read otherwise). */
export async function buildMissingRows(db: DB): Promise<boolean> {
  if ((await readTotal(db)) !== null) return false;
  await rebuildRows(db);
  return true;
}
