import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { ConstatDB } from '../db/schema';
import type { LogIndexRow } from '../log-index/row';
import {
  countChanges,
  countRow,
  currentTimeZone,
  emptyCounters,
  type RowChange,
  type StatCounters,
  statCountersSchema,
} from './counters';

// The counters' one record in its store (layout 10). Absent means "not counted": the writes leave
// it absent, the statistics page counts through the indexes meanwhile, and the next opening of the
// database (or the page) counts the rows again, in one transaction with the rows. A record that
// does not parse, or counted in another time zone, is taken as absent.

type DB = IDBPDatabase<ConstatDB>;
export const COUNTERS = 'all';

type Store<S extends ArrayLike<StoreNames<ConstatDB>>, M extends IDBTransactionMode> = IDBPObjectStore<
  ConstatDB,
  S,
  'statCounters',
  M
>;

/** The counters, or null when absent, unreadable or counted in another time zone. */
export async function readCounters<S extends ArrayLike<StoreNames<ConstatDB>>, M extends IDBTransactionMode>(
  store: Store<S, M>,
): Promise<StatCounters | null> {
  return current(await store.get(COUNTERS));
}

function current(stored: unknown): StatCounters | null {
  const parsed = statCountersSchema.safeParse(stored);
  return parsed.success && parsed.data.timeZone === currentTimeZone() ? parsed.data : null;
}

/**
 * Applies the rows' changes in the writing transaction; counters not current are removed instead,
 * for the next opening to count again (a count in another time zone would mix two zones' months).
 */
export async function countInTransaction<S extends ArrayLike<StoreNames<ConstatDB>>>(
  store: Store<S, 'readwrite'>,
  changes: readonly RowChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const stored = await store.get(COUNTERS);
  if (stored === undefined) return;
  const counters = current(stored);
  if (counters === null) return store.delete(COUNTERS);
  countChanges(counters, changes);
  await store.put(counters, COUNTERS);
}

/** Zero counts, after a wipe, in the wiping transaction. */
export function resetCounters<S extends ArrayLike<StoreNames<ConstatDB>>>(store: Store<S, 'readwrite'>) {
  return store.put(emptyCounters(), COUNTERS);
}

/** No counts until they are counted again, after rows written without them (log-index/maintain.ts). */
export function dropCounters<S extends ArrayLike<StoreNames<ConstatDB>>>(store: Store<S, 'readwrite'>) {
  return store.delete(COUNTERS);
}

const BATCH = 2000;

/** Counts every row, in the caller's transaction (which also holds the rows' store). */
export async function countAllRows<S extends ArrayLike<StoreNames<ConstatDB>>>(
  rows: IDBPObjectStore<ConstatDB, S, 'logIndex', IDBTransactionMode>,
): Promise<StatCounters> {
  const counters = emptyCounters();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch: LogIndexRow[] = await rows.getAll(range, BATCH);
    for (const row of batch) countRow(counters, row, 1);
    if (batch.length < BATCH) return counters;
    after = batch.at(-1)?.id ?? null;
  }
}

/**
 * Counts every row and stores the counters, in one transaction: no write can fall in between.
 * `unlessCounted`: nothing is done when current counters are found in it (another context, the
 * service worker or a page opening the database at the same time, counted them first).
 */
export async function recountStats(db: DB, { unlessCounted = false } = {}): Promise<boolean> {
  const tx = db.transaction(['logIndex', 'statCounters'], 'readwrite');
  const counters = tx.objectStore('statCounters');
  if (unlessCounted && (await readCounters(counters)) !== null) {
    await tx.done;
    return false;
  }
  await Promise.all([counters.put(await countAllRows(tx.objectStore('logIndex')), COUNTERS), tx.done]);
  return true;
}

/** Whether current counters are stored (opening the database counts the rows when not). */
export async function hasCurrentCounters(db: DB): Promise<boolean> {
  return (await readCounters(db.transaction('statCounters').store)) !== null;
}
