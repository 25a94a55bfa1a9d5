import type { LogIndexRow } from './row';

// The log index's rows read in an index's order, a batch per request where the browser can
// (`getAllRecords`, with a direction: Chromium), else one cursor step per row (Firefox). A walk
// over a few hundred rows is then a handful of round trips to the database instead of hundreds.

export interface RowRecord {
  key: IDBValidKey;
  primaryKey: string;
  value: LogIndexRow;
}

type Direction = 'next' | 'prev';

interface RecordsOptions {
  query: IDBKeyRange;
  count?: number;
  direction: Direction;
}
/** `getAllRecords`, which the DOM typings do not have yet. */
type WithRecords = IDBIndex & { getAllRecords?: (options: RecordsOptions) => IDBRequest<RowRecord[]> };

const FIRST_BATCH = 128;
const MAX_BATCH = 1024;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The range left after `key`, in the walk's direction (the rows of `key` itself excluded). */
function after(range: IDBKeyRange, key: IDBValidKey, direction: Direction): IDBKeyRange {
  return direction === 'prev'
    ? IDBKeyRange.bound(range.lower, key, range.lowerOpen, true)
    : IDBKeyRange.bound(key, range.upper, true, range.upperOpen);
}

/** Batches by `getAllRecords`; the rows sharing the last key of a batch are read whole next time. */
async function* recordBatches(index: WithRecords, range: IDBKeyRange, direction: Direction) {
  const getAll = (options: RecordsOptions) =>
    request((index.getAllRecords as NonNullable<WithRecords['getAllRecords']>).call(index, options));
  let query = range;
  let size = FIRST_BATCH;
  let last: RowRecord | undefined;
  for (;;) {
    const [sameKey, batch] = await Promise.all([
      last ? getAll({ query: IDBKeyRange.only(last.key), direction }) : [],
      getAll({ query, count: size, direction }),
    ]);
    // Rows of the same key come in primary key order: those past the last one read are new.
    const seen = last;
    const rest = seen
      ? sameKey.filter(
          (row) => indexedDB.cmp(row.primaryKey, seen.primaryKey) === (direction === 'prev' ? -1 : 1),
        )
      : [];
    const rows = [...rest, ...batch];
    if (rows.length > 0) yield rows;
    if (batch.length < size) return;
    last = batch.at(-1);
    if (!last) return;
    query = after(range, last.key, direction);
    size = Math.min(MAX_BATCH, size * 2);
  }
}

/** One row per cursor step, for browsers without `getAllRecords`. */
async function* cursorBatches(index: IDBIndex, range: IDBKeyRange, direction: Direction) {
  const cursors = index.openCursor(range, direction);
  for (;;) {
    const cursor = await request(cursors);
    if (!cursor) return;
    yield [{ key: cursor.key, primaryKey: String(cursor.primaryKey), value: cursor.value as LogIndexRow }];
    cursor.continue();
  }
}

/**
 * The rows of `range` in the index, in `direction`, batch after batch, as long as the caller asks
 * for more (the transaction of `index` must stay open: no other wait between batches).
 */
export function walkRows(
  index: IDBIndex,
  range: IDBKeyRange,
  direction: Direction,
  { batched = 'getAllRecords' in index }: { batched?: boolean } = {},
): AsyncGenerator<RowRecord[]> {
  return batched ? recordBatches(index, range, direction) : cursorBatches(index, range, direction);
}
