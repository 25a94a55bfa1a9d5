import type { IDBPDatabase } from 'idb';
import type { ConstatDB } from '../db/schema';
import { rebuildRows } from './maintain';
import { readTotal } from './total';

// The check that the index rows still match the reports (a record written outside the storage
// code, a failure that left rows behind), counted in slices of the key space: a count reads every
// entry (seconds at 100,000 reports), and between two slices the person's own reads (a search, the
// next window of lines) pass instead of waiting for the whole count.

type DB = IDBPDatabase<ConstatDB>;

const HEX = [...'0123456789abcdef'];
/**
 * Report ids are UUIDs: 256 slices by their first two characters (a few hundred reports each at
 * 100,000), the first and last open-ended so that any other id falls in one too.
 */
const BOUNDS = HEX.flatMap((a) => HEX.map((b) => `${a}${b}`)).slice(1);

function slices(): IDBKeyRange[] {
  return [
    IDBKeyRange.upperBound(BOUNDS[0], true),
    ...BOUNDS.slice(1).map((bound, i) => IDBKeyRange.bound(BOUNDS[i], bound, false, true)),
    IDBKeyRange.lowerBound(BOUNDS.at(-1)),
  ];
}

/** Reports and rows in one slice, counted in one transaction (the same moment for both). */
async function countSlice(db: DB, range: IDBKeyRange): Promise<[number, number]> {
  const tx = db.transaction(['reports', 'logIndex']);
  return Promise.all([tx.objectStore('reports').count(range), tx.objectStore('logIndex').count(range)]);
}

/**
 * Rows written again when some slice holds more reports than rows or the reverse, or when the kept
 * total is not the rows' number (compared only if the total did not move while counting: a report
 * saved meanwhile is no mismatch). Returns whether it rebuilt them. `pause` is awaited before each
 * slice (the list waits for the page to be idle, so that the check never delays a search).
 */
export async function checkRowsInSlices(
  db: DB,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<boolean> {
  const before = await readTotal(db);
  let rows = 0;
  for (const range of slices()) {
    await pause();
    const [reportCount, rowCount] = await countSlice(db, range);
    if (reportCount !== rowCount) {
      await rebuildRows(db);
      return true;
    }
    rows += rowCount;
  }
  // A total that moved while counting is no mismatch: a report was saved meanwhile.
  if (before === rows || before !== (await readTotal(db))) return false;
  await rebuildRows(db);
  return true;
}
