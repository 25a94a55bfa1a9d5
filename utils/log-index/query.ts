import type { IDBPDatabase } from 'idb';
import type { ConstatDB } from '../db/schema';
import { effectiveFollowUp } from '../follow-up/effective';
import type { Settings } from '../settings';
import { categories } from '../taxonomy/categories';
import { dayEnd, dayStart, type LogFilter } from './filter';
import { queryWords, wordRange } from './words';

// Runs a filter against the index rows' indexes, reading keys only (report ids), never the reports.
// Each condition gives the ids it allows; compound indexes ([field, date]) give them in date order
// already, the others (grounds, words, reminders) are ordered by following a date-ordered list.

type DB = IDBPDatabase<ConstatDB>;
type Compound = 'byPlatform' | 'byCategory' | 'byStatus' | 'byAuthor';

interface Source {
  ids: string[];
  dateOrdered: boolean;
}

const LOW = '';
const HIGH = '\uffff';

function dateBounds(filter: LogFilter): [string, string] {
  return [filter.from ? dayStart(filter.from) : LOW, filter.to ? dayEnd(filter.to) : HIGH];
}

async function compound(db: DB, index: Compound, value: string, filter: LogFilter): Promise<Source> {
  const [low, high] = dateBounds(filter);
  const range = IDBKeyRange.bound([value, low], [value, high], false, true);
  return { ids: await db.getAllKeysFromIndex('logIndex', index, range), dateOrdered: true };
}

async function multiEntry(db: DB, index: 'byGround' | 'byWord', range: IDBKeyRange): Promise<Source> {
  return { ids: await db.getAllKeysFromIndex('logIndex', index, range), dateOrdered: false };
}

/** The reports with a reminder due at `now`: per category, notices sent before now minus its delay. */
async function dueIds(db: DB, now: Date, hours: Settings['followUpHours'] | null): Promise<string[]> {
  const found = await Promise.all(
    categories.map((category) => {
      const delay = effectiveFollowUp(category, hours).hours;
      if (delay === null) return [];
      const latestSent = new Date(now.getTime() - delay * 3_600_000).toISOString();
      const range = IDBKeyRange.bound([category.id, LOW], [category.id, latestSent]);
      return db.getAllKeysFromIndex('logIndex', 'byPending', range);
    }),
  );
  return found.flat();
}

async function sources(db: DB, filter: LogFilter, context: QueryContext): Promise<Source[]> {
  const pending: Promise<Source>[] = [];
  if (filter.platform) pending.push(compound(db, 'byPlatform', filter.platform, filter));
  if (filter.category)
    pending.push(compound(db, 'byCategory', filter.category === 'none' ? '' : filter.category, filter));
  if (filter.status) pending.push(compound(db, 'byStatus', filter.status, filter));
  if (filter.author) pending.push(compound(db, 'byAuthor', filter.author, filter));
  if (filter.ground) pending.push(multiEntry(db, 'byGround', IDBKeyRange.only(filter.ground)));
  for (const word of queryWords(filter.q ?? '')) pending.push(multiEntry(db, 'byWord', wordRange(word)));
  if (filter.due === 'due')
    pending.push(dueIds(db, context.now, context.followUpHours).then((ids) => ({ ids, dateOrdered: false })));
  return Promise.all(pending);
}

export interface QueryContext {
  now: Date;
  followUpHours: Settings['followUpHours'] | null;
  /** Every id in date order (oldest first) within the filter's dates; the caller may cache it. */
  dateOrder: (db: DB, bounds: [string, string]) => Promise<string[]>;
}

/** All ids by date, oldest first, between two stored dates (the second excluded). */
export function idsByDate(db: DB, [low, high]: [string, string]): Promise<string[]> {
  return db.getAllKeysFromIndex('logIndex', 'byDate', IDBKeyRange.bound(low, high, false, true));
}

/** The ids the filter allows, in the filter's order (newest first unless it says otherwise). */
export async function queryLog(db: DB, filter: LogFilter, context: QueryContext): Promise<string[]> {
  const found = await sources(db, filter, context);
  // The driver sets the order: the smallest date-ordered source, else every report by date.
  const ordered = found.filter((s) => s.dateOrdered).sort((a, b) => a.ids.length - b.ids.length);
  const driver = ordered[0]?.ids ?? (await context.dateOrder(db, dateBounds(filter)));
  const others = found.filter((s) => s.ids !== driver).map((s) => new Set(s.ids));
  const excluded =
    filter.due === 'not-due' ? new Set(await dueIds(db, context.now, context.followUpHours)) : null;
  const ids = driver.filter(
    (id) => others.every((allowed) => allowed.has(id)) && !(excluded?.has(id) ?? false),
  );
  return filter.order === 'oldest' ? ids : ids.reverse();
}
