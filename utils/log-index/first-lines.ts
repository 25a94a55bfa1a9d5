import { type IDBPDatabase, unwrap } from 'idb';
import type { ConstatDB } from '../db/schema';
import type { LogFilter } from './filter';
import { walkRows } from './index-walk';
import { type DueContext, dateBounds, rowTest } from './match';

// The first lines of a filtered list without reading every match: one index is walked in the
// list's order (the compound index of the most selective field the filter names, else the date
// index) and its rows are kept while they pass every other condition, until a screenful is found.
// A common word then costs a few hundred rows, whatever the log's size. When the matches are rare
// the walk stops early and gives way to the exact query (query.ts), which reads their small sets
// through the indexes; the exact query also gives the count, which is shown once it is known.

type DB = IDBPDatabase<ConstatDB>;
type Driver = 'byDate' | 'byAuthor' | 'byCategory' | 'byPlatform' | 'byStatus';

/** Lines looked for: more than a screen holds, so the first scroll needs no other read. */
export const FIRST_LINES = 24;
/** Rows walked before the matches are deemed rare (their sets then small, the exact query quick). */
export const WALK_LIMIT = 3000;

/** The first lines found, and whether they are every line (the walk reached the index's end). */
export interface FirstLines {
  ids: string[];
  complete: boolean;
}

/** The index to walk: the field likely to leave fewest rows (an account, a category…), else the dates. */
function driver(filter: LogFilter): { index: Driver; range: IDBKeyRange } {
  const [low, high] = dateBounds(filter);
  const fields: [Driver, string | undefined][] = [
    ['byAuthor', filter.author],
    ['byCategory', filter.category === 'none' ? '' : filter.category],
    ['byPlatform', filter.platform],
    ['byStatus', filter.status],
  ];
  const found = fields.find(([, value]) => value !== undefined);
  if (!found) return { index: 'byDate', range: IDBKeyRange.bound(low, high, false, true) };
  const [index, value] = found;
  return { index, range: IDBKeyRange.bound([value, low], [value, high], false, true) };
}

/**
 * Up to `want` lines the filter allows, in its order; null when the first `limit` rows walked held
 * fewer (rare matches: the exact query is the quicker way to them), or when they are no longer wanted.
 */
export async function readFirstLines(
  db: DB,
  filter: LogFilter,
  context: DueContext,
  {
    want = FIRST_LINES,
    limit = WALK_LIMIT,
    batched,
    wanted = () => true,
  }: {
    want?: number;
    limit?: number;
    batched?: boolean;
    /** Whether the lines are still wanted: a newer search stops the walk between two batches. */
    wanted?: () => boolean;
  } = {},
): Promise<FirstLines | null> {
  const passes = rowTest(filter, context);
  const { index, range } = driver(filter);
  const direction = filter.order === 'oldest' ? 'next' : 'prev';
  const rows = unwrap(db.transaction('logIndex').store.index(index));
  const ids: string[] = [];
  let walked = 0;
  for await (const batch of walkRows(rows, range, direction, batched === undefined ? {} : { batched })) {
    if (!wanted()) return null;
    for (const row of batch) {
      if (passes(row.value)) ids.push(row.primaryKey);
      if (ids.length >= want) return { ids, complete: false };
      if (++walked >= limit) return null;
    }
  }
  return { ids, complete: true };
}
