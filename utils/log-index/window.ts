import { type IDBPDatabase, unwrap } from 'idb';
import type { ConstatDB } from '../db/schema';

// The unfiltered list (or one filtered by dates alone) as a window on the date index: the ids of
// the lines on screen are read by a key cursor that skips to the first of them, from whichever end
// of the index is nearer, so no list of every id is ever held. A list filtered by one field alone
// is the same window on that field's [field, date] index. A search whose words match many reports
// is a window too: the cursor keeps only the ids of the matching set (read as keys).

type DB = IDBPDatabase<ConstatDB>;
/** The indexes whose keys end with the date, the list's order. */
export type OrderedIndex = 'byDate' | 'byPlatform' | 'byCategory' | 'byStatus' | 'byAuthor';

export interface DateWindow {
  length: number;
  read(start: number, end: number): Promise<string[]>;
}

interface Walk {
  index: OrderedIndex;
  range: IDBKeyRange;
  direction: IDBCursorDirection;
  /** Lines of the window before the first one wanted, and how many are wanted. */
  skip: number;
  take: number;
  /** Only these ids are lines; null: every entry is. */
  allowed: ReadonlySet<string> | null;
}

/** `getAllKeys` with a direction and a count, which the DOM typings do not have yet. */
type KeysWithOptions = (options: {
  query: IDBKeyRange;
  count: number;
  direction: IDBCursorDirection;
}) => IDBRequest<IDBValidKey[]>;

/**
 * The first `take` primary keys of the range in `direction`, in one request where the browser
 * takes a direction in `getAllKeys` (Chromium, with `getAllRecords`); null elsewhere (Firefox),
 * where a cursor steps instead: the first screen is then one round trip to the database, not one
 * per line.
 */
function firstKeys(db: DB, { index, range, direction, take }: Walk): Promise<string[]> | null {
  const raw = unwrap(db.transaction('logIndex').store.index(index));
  if (!('getAllRecords' in raw)) return null;
  const request = (raw.getAllKeys as unknown as KeysWithOptions).call(raw, {
    query: range,
    count: take,
    direction,
  });
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result.map(String));
    request.onerror = () => reject(request.error);
  });
}

async function keysFrom(db: DB, walk: Walk): Promise<string[]> {
  const { index, range, direction, skip, take, allowed } = walk;
  const ids: string[] = [];
  if (take <= 0) return ids;
  const first = skip === 0 && !allowed ? firstKeys(db, walk) : null;
  if (first) return first;
  let cursor = await db.transaction('logIndex').store.index(index).openKeyCursor(range, direction);
  let skipping = skip;
  if (cursor && !allowed && skip > 0) {
    cursor = await cursor.advance(skip);
    skipping = 0;
  }
  while (cursor && ids.length < take) {
    const id = cursor.primaryKey;
    if (!allowed || allowed.has(id)) {
      if (skipping > 0) skipping--;
      else ids.push(id);
    }
    if (ids.length < take) cursor = await cursor.continue();
  }
  return ids;
}

/**
 * The reports captured from `low` (included) to `high` (excluded), newest or oldest first, only
 * those of `allowed` when given (then every one of them must be within the dates). `length`: the
 * number already known (the kept total for the whole log), else counted in the range.
 */
export function readDateWindow(
  db: DB,
  [low, high]: [string, string],
  newestFirst: boolean,
  options: { length: number | null; allowed?: ReadonlySet<string> | null },
): Promise<DateWindow> {
  return readIndexWindow(db, 'byDate', IDBKeyRange.bound(low, high, false, true), newestFirst, options);
}

/** The entries of an ordered index's range as a window, their number counted unless known. */
export async function readIndexWindow(
  db: DB,
  index: OrderedIndex,
  range: IDBKeyRange,
  newestFirst: boolean,
  { length, allowed = null }: { length: number | null; allowed?: ReadonlySet<string> | null },
): Promise<DateWindow> {
  const count = allowed?.size ?? length ?? (await db.countFromIndex('logIndex', index, range));
  const [forward, backward]: [IDBCursorDirection, IDBCursorDirection] = newestFirst
    ? ['prev', 'next']
    : ['next', 'prev'];
  return {
    length: count,
    async read(start, end) {
      const last = Math.min(end, count);
      if (start >= last) return [];
      // Every line (select all): one read of the keys rather than a cursor step for each.
      if (start === 0 && last === count && !allowed) {
        const ids = await db.getAllKeysFromIndex('logIndex', index, range);
        return newestFirst ? ids.reverse() : ids;
      }
      const take = last - start;
      if (start <= count - last)
        return keysFrom(db, { index, range, direction: forward, skip: start, take, allowed });
      const skip = count - last;
      return (await keysFrom(db, { index, range, direction: backward, skip, take, allowed })).reverse();
    },
  };
}
