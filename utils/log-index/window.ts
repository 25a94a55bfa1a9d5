import type { IDBPDatabase } from 'idb';
import type { ConstatDB } from '../db/schema';

// The unfiltered list (or one filtered by dates alone) as a window on the date index: the ids of
// the lines on screen are read by a key cursor that skips to the first of them, from whichever end
// of the index is nearer, so no list of every id is ever held.

type DB = IDBPDatabase<ConstatDB>;

export interface DateWindow {
  length: number;
  read(start: number, end: number): Promise<string[]>;
}

async function keysFrom(
  db: DB,
  range: IDBKeyRange,
  direction: IDBCursorDirection,
  skip: number,
  take: number,
) {
  const ids: string[] = [];
  if (take <= 0) return ids;
  let cursor = await db.transaction('logIndex').store.index('byDate').openKeyCursor(range, direction);
  if (cursor && skip > 0) cursor = await cursor.advance(skip);
  while (cursor) {
    ids.push(cursor.primaryKey);
    cursor = ids.length < take ? await cursor.continue() : null;
  }
  return ids;
}

/**
 * The reports captured from `low` (included) to `high` (excluded), newest or oldest first.
 * `length`: the number already known (the kept total for the whole log), else counted in the range.
 */
export async function readDateWindow(
  db: DB,
  [low, high]: [string, string],
  newestFirst: boolean,
  length: number | null,
): Promise<DateWindow> {
  const range = IDBKeyRange.bound(low, high, false, true);
  const count = length ?? (await db.countFromIndex('logIndex', 'byDate', range));
  const [forward, backward]: [IDBCursorDirection, IDBCursorDirection] = newestFirst
    ? ['prev', 'next']
    : ['next', 'prev'];
  return {
    length: count,
    async read(start, end) {
      const last = Math.min(end, count);
      if (start >= last) return [];
      // Every line (select all): one read of the keys rather than a cursor step for each.
      if (start === 0 && last === count) {
        const ids = await db.getAllKeysFromIndex('logIndex', 'byDate', range);
        return newestFirst ? ids.reverse() : ids;
      }
      if (start <= count - last) return keysFrom(db, range, forward, start, last - start);
      return (await keysFrom(db, range, backward, count - last, last - start)).reverse();
    },
  };
}
