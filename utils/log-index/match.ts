import { effectiveFollowUp } from '../follow-up/effective';
import type { Settings } from '../settings';
import { categories } from '../taxonomy/categories';
import type { Category } from '../taxonomy/category-schema';
import { dayEnd, dayStart, type LogFilter } from './filter';
import type { LogIndexRow } from './row';
import { queryWords } from './words';

// What each of the filter's conditions means for one index row: the same conditions the indexes
// answer (query.ts), checked on a row in hand. The first lines of a filtered list are found by
// walking one index and keeping the rows that pass (first-lines.ts).

const LOW = '';
const HIGH = '\uffff';

/** What the due conditions depend on besides the rows. */
export interface DueContext {
  now: Date;
  followUpHours: Settings['followUpHours'] | null;
}

/** The filter's dates as index bounds: from the first instant of `from` to the first after `to`. */
export function dateBounds(filter: LogFilter): [string, string] {
  return [filter.from ? dayStart(filter.from) : LOW, filter.to ? dayEnd(filter.to) : HIGH];
}

/** The latest sending time whose notice is due at `now` in this category; null: it has no reminder. */
export function latestDueSending(category: Category, { now, followUpHours }: DueContext): string | null {
  const delay = effectiveFollowUp(category, followUpHours).hours;
  return delay === null ? null : new Date(now.getTime() - delay * 3_600_000).toISOString();
}

const categoryById: ReadonlyMap<string, Category> = new Map(categories.map((c) => [c.id, c]));

/** Whether the row has a notice waiting past its category's reminder. */
export function isDue(row: LogIndexRow, context: DueContext): boolean {
  const category = categoryById.get(row.category);
  if (row.pending === undefined || !category) return false;
  const latest = latestDueSending(category, context);
  return latest !== null && row.pending <= latest;
}

/** A test of rows against the filter, its words folded once. */
export function rowTest(filter: LogFilter, context: DueContext): (row: LogIndexRow) => boolean {
  const [low, high] = dateBounds(filter);
  const words = queryWords(filter.q ?? '');
  const category = filter.category === 'none' ? '' : filter.category;
  return (row) =>
    row.at >= low &&
    row.at < high &&
    (filter.platform === undefined || row.platform === filter.platform) &&
    (category === undefined || row.category === category) &&
    (filter.status === undefined || row.status === filter.status) &&
    (filter.author === undefined || row.author === filter.author) &&
    (filter.ground === undefined || row.groundKeys.includes(filter.ground)) &&
    words.every((typed) => row.words.some((word) => word.startsWith(typed))) &&
    (filter.due === undefined || isDue(row, context) === (filter.due === 'due'));
}
