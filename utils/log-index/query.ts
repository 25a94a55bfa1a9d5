import type { IDBPDatabase } from 'idb';
import type { ConstatDB } from '../db/schema';
import type { Settings } from '../settings';
import { categories } from '../taxonomy/categories';
import type { LogFilter } from './filter';
import { readFirstLines } from './first-lines';
import { dateBounds, latestDueSending } from './match';
import { type DateWindow, readDateWindow, readIndexWindow } from './window';
import { queryWords, wordRange } from './words';

// Runs a filter against the index rows' indexes, never reading the reports. With no condition but
// dates, the list is a window on the date index, read page by page as it scrolls (its length is the
// kept total, or a count of the date range); with one field alone, a window on that field's
// [field, date] index (its length a count of one range). A search for one word that begins a
// single indexed word is counted the same way, its matches read only when a line past the first
// ones is asked for. Otherwise each condition gives the ids it allows in date order: compound
// indexes ([field, date]) give them so; grounds, words and reminders give rows, sorted by their
// date. The smallest drives, the others are sets it is checked against.

type DB = IDBPDatabase<ConstatDB>;
type Compound = 'byPlatform' | 'byCategory' | 'byStatus' | 'byAuthor';
type Row = { id: string; at: string };

const LOW = '';
const HIGH = '\uffff';

/** The lines a filter allows, in its order: how many, and the ids of a window of them. */
export interface LogLines {
  length: number;
  ids(start: number, end: number): Promise<string[]>;
}

export interface QueryContext {
  now: Date;
  followUpHours: Settings['followUpHours'] | null;
  /** The number of reports in the log, kept with the rows (log-index/total.ts). */
  total: number;
}

function dateRange([low, high]: [string, string]): IDBKeyRange {
  return IDBKeyRange.bound(low, high, false, true);
}

async function compound(db: DB, index: Compound, value: string, [low, high]: [string, string]) {
  const range = IDBKeyRange.bound([value, low], [value, high], false, true);
  return db.getAllKeysFromIndex('logIndex', index, range);
}

/** Rows in date order (then id, as the date index orders them), once each, within the dates. */
function byDate(rows: readonly Row[], [low, high]: [string, string]): string[] {
  const seen = new Set<string>();
  const kept = rows.filter((row) => row.at >= low && row.at < high && !seen.has(row.id) && seen.add(row.id));
  kept.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
  return kept.map((row) => row.id);
}

/** The rows with a reminder due at `now`: per category, notices sent before now minus its delay. */
async function dueRows(db: DB, now: Date, hours: Settings['followUpHours'] | null): Promise<Row[]> {
  const found = await Promise.all(
    categories.map((category) => {
      const latestSent = latestDueSending(category, { now, followUpHours: hours });
      if (latestSent === null) return [];
      const range = IDBKeyRange.bound([category.id, LOW], [category.id, latestSent]);
      return db.getAllFromIndex('logIndex', 'byPending', range);
    }),
  );
  return found.flat();
}

const fieldsOf = (filter: LogFilter): [Compound, string | undefined][] => [
  ['byPlatform', filter.platform],
  ['byCategory', filter.category === 'none' ? '' : filter.category],
  ['byStatus', filter.status],
  ['byAuthor', filter.author],
];

/** The one field a filter names besides dates and the order, with its index; null for any other filter. */
function soleField(filter: LogFilter): { index: Compound; value: string } | null {
  const named = fieldsOf(filter).filter(([, value]) => value !== undefined);
  const [only] = named;
  if (named.length !== 1 || !only || filter.ground || filter.due || queryWords(filter.q ?? '').length > 0)
    return null;
  return { index: only[0], value: only[1] as string };
}

/** The one word a search names, with no other condition at all; null for any other filter. */
function soleWord(filter: LogFilter): string | null {
  const words = queryWords(filter.q ?? '');
  const others = Object.entries(filter).some(([key, value]) => key !== 'q' && key !== 'order' && value);
  return words.length === 1 && !others ? (words[0] ?? null) : null;
}

/**
 * The number of reports with a word beginning so, when one range count gives it: the beginning is
 * that of a single indexed word (a report's words are distinct, so it is counted once); null when
 * it begins several (a report holding two of them would be counted twice).
 */
async function wordCount(db: DB, word: string): Promise<number | null> {
  const index = db.transaction('logIndex').store.index('byWord');
  const range = wordRange(word);
  const [first, last] = await Promise.all([index.openKeyCursor(range), index.openKeyCursor(range, 'prev')]);
  if (!first || !last) return 0;
  return first.key === last.key ? index.count(range) : null;
}

/** Lines within this many of either end of a counted search are found by walking from that end. */
export const NEAR_END = 60;

/**
 * The first `want` lines from one end of a list (`fromEnd`: its last ones, last first); null when
 * the walk gave up (the matches too rare where it went).
 */
type EndWalk = (fromEnd: boolean, want: number) => Promise<string[] | null>;

/**
 * Lines whose number is known. A window near either end (the first scroll, or a jump to the end) is
 * found by walking the date index from that end, keeping the matches; any other window reads every
 * match (once), then walks the date index keeping those.
 */
function countedLines(length: number, read: () => Promise<LogLines>, walk: EndWalk): LogLines {
  let lines: Promise<LogLines> | null = null;
  const readAll = (start: number, end: number) => {
    lines ??= read();
    return lines.then((found) => found.ids(start, end));
  };
  return {
    length,
    async ids(start, end) {
      const last = Math.min(end, length);
      if (start >= last) return [];
      const fromEnd = length - last < start;
      const want = fromEnd ? length - start : last;
      const found = lines || want > NEAR_END ? null : await walk(fromEnd, want);
      if (!found || found.length < want) return readAll(start, last);
      return fromEnd ? found.slice(length - last, want).reverse() : found.slice(start, last);
    },
  };
}

/** The lines, the first of which are already known (found before they were counted): not read again. */
export function startingWith(lines: LogLines, known: readonly string[]): LogLines {
  return {
    length: lines.length,
    ids: (start, end) =>
      end <= known.length ? Promise.resolve(known.slice(start, end)) : lines.ids(start, end),
  };
}

/** The ids each condition allows, each list in date order (oldest first). */
function sources(db: DB, filter: LogFilter, context: QueryContext): Promise<string[]>[] {
  const dates = dateBounds(filter);
  const pending: Promise<string[]>[] = [];
  for (const [index, value] of fieldsOf(filter))
    if (value !== undefined) pending.push(compound(db, index, value, dates));
  const rows = (read: Promise<Row[]>) => pending.push(read.then((found) => byDate(found, dates)));
  if (filter.ground) rows(db.getAllFromIndex('logIndex', 'byGround', IDBKeyRange.only(filter.ground)));
  for (const word of queryWords(filter.q ?? ''))
    rows(db.getAllFromIndex('logIndex', 'byWord', wordRange(word)));
  if (filter.due === 'due') rows(dueRows(db, context.now, context.followUpHours));
  return pending;
}

/** Lines already read, in order. */
export function linesOf(ids: string[]): LogLines {
  return { length: ids.length, ids: async (start, end) => ids.slice(start, end) };
}

function windowed(window: DateWindow): LogLines {
  return { length: window.length, ids: (start, end) => window.read(start, end) };
}

/**
 * Below this share of the log, a search's matches are sorted by their rows' dates; above it, the
 * date index is walked keeping only the matches (a window then steps over at most ~50 reports a line).
 */
const WALK_SHARE = 1 / 50;

/** Words and a ground alone (no dates): the ids they allow, read as keys only. */
async function matchedKeys(db: DB, filter: LogFilter): Promise<Set<string> | null> {
  const onlyWords = ['platform', 'category', 'status', 'author', 'due', 'from', 'to'].every(
    (key) => filter[key as keyof LogFilter] === undefined,
  );
  const words = queryWords(filter.q ?? '');
  if (!onlyWords || (words.length === 0 && !filter.ground)) return null;
  const sets = await Promise.all([
    ...(filter.ground
      ? [db.getAllKeysFromIndex('logIndex', 'byGround', IDBKeyRange.only(filter.ground))]
      : []),
    ...words.map((word) => db.getAllKeysFromIndex('logIndex', 'byWord', wordRange(word))),
  ]);
  const [first = [], ...others] = sets.sort((a, b) => a.length - b.length);
  const kept = others.map((ids) => new Set(ids));
  return new Set(first.filter((id) => kept.every((allowed) => allowed.has(id))));
}

/** The lines the filter allows, in the filter's order (newest first unless it says otherwise). */
export async function queryLog(db: DB, filter: LogFilter, context: QueryContext): Promise<LogLines> {
  const newestFirst = filter.order !== 'oldest';
  const dates = dateBounds(filter);
  const field = soleField(filter);
  if (field) {
    const range = IDBKeyRange.bound([field.value, dates[0]], [field.value, dates[1]], false, true);
    return windowed(await readIndexWindow(db, field.index, range, newestFirst, { length: null }));
  }
  const word = soleWord(filter);
  const counted = word === null ? null : await wordCount(db, word);
  if (counted !== null && counted >= context.total * WALK_SHARE) {
    const allowed = () => matchedKeys(db, filter).then((found) => found ?? new Set<string>());
    const reversed: LogFilter = { ...filter, order: newestFirst ? 'oldest' : 'newest' };
    // Walked rows are one match in WALK_SHARE⁻¹ at most: twice that many per line before giving up.
    const walk: EndWalk = (fromEnd, want) =>
      readFirstLines(db, fromEnd ? reversed : filter, context, { want, limit: (2 * want) / WALK_SHARE }).then(
        (found) => found?.ids ?? null,
      );
    return countedLines(
      counted,
      async () =>
        windowed(await readDateWindow(db, dates, newestFirst, { length: null, allowed: await allowed() })),
      walk,
    );
  }
  const matched = await matchedKeys(db, filter);
  if (matched && matched.size >= context.total * WALK_SHARE)
    return windowed(await readDateWindow(db, dates, newestFirst, { length: null, allowed: matched }));
  const found = await Promise.all(sources(db, filter, context));
  if (found.length === 0 && filter.due !== 'not-due') {
    const all = dates[0] === LOW && dates[1] === HIGH;
    return windowed(await readDateWindow(db, dates, newestFirst, { length: all ? context.total : null }));
  }
  // "Not due" alone has no index of its own: every id within the dates is read, less the due ones.
  const [smallest] = [...found].sort((a, b) => a.length - b.length);
  const driver = smallest ?? (await db.getAllKeysFromIndex('logIndex', 'byDate', dateRange(dates)));
  const others = found.filter((ids) => ids !== driver).map((ids) => new Set(ids));
  const excluded =
    filter.due === 'not-due'
      ? new Set((await dueRows(db, context.now, context.followUpHours)).map((r) => r.id))
      : null;
  const ids = driver.filter(
    (id) => others.every((allowed) => allowed.has(id)) && !(excluded?.has(id) ?? false),
  );
  return linesOf(newestFirst ? ids.reverse() : ids);
}
