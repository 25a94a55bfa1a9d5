import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { ConstatDB } from '../db/schema';

// The number of index rows (one per stored report), kept in a store of its own and changed in the
// same transaction as every row written or removed, so the list shows the total without counting
// (a count reads every entry: seconds at 100,000 reports). No total recorded means the rows are
// not all written yet (a database just upgraded): opening the database writes them, then the total.

export const ROWS = 'rows';

/** The totals' store in a write transaction, whichever other stores it holds. */
type Totals<S extends ArrayLike<StoreNames<ConstatDB>>> = IDBPObjectStore<
  ConstatDB,
  S,
  'logTotals',
  'readwrite'
>;

/** The number of rows, or null while none is recorded. */
export async function readTotal(db: IDBPDatabase<ConstatDB>): Promise<number | null> {
  return (await db.get('logTotals', ROWS)) ?? null;
}

/** Adds rows written less rows removed; a total not yet recorded is left for the rebuild to set. */
export async function addToTotal<S extends ArrayLike<StoreNames<ConstatDB>>>(
  totals: Totals<S>,
  delta: number,
) {
  if (delta === 0) return;
  const total = await totals.get(ROWS);
  if (total !== undefined) await totals.put(total + delta, ROWS);
}

/** Records the total: 0 after a wipe, or the rows counted in the transaction that rebuilt them. */
export async function setTotal<S extends ArrayLike<StoreNames<ConstatDB>>>(totals: Totals<S>, count: number) {
  await totals.put(count, ROWS);
}
