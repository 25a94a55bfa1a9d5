import type { IDBPDatabase, IDBPIndex } from 'idb';
import type { ConstatDB } from '../db/schema';
import { effectiveFollowUp } from '../follow-up/effective';
import { readTotal } from '../log-index/total';
import type { PlatformId } from '../model';
import type { Settings } from '../settings';
import { categories } from '../taxonomy/categories';
import {
  byCount,
  type LogStats,
  monthOf,
  monthsWithGaps,
  nextMonth,
  type PlatformFollowUp,
} from './log-stats';

// The log's statistics counted through the index rows' indexes (layout 9), never reading a report:
// a count of a key range costs milliseconds at 100,000 reports where reading the records took
// seconds. Each figure is one range: per platform and category the [field, date] indexes; per month
// the date index between two month starts; the follow-up figures the rows' outcome, sending time
// and removal time (log-index/row.ts), whose middle key per platform is the median. Only what
// depends on the person's reminder delays and on now is split by category and sending time.

type DB = IDBPDatabase<ConstatDB>;
type Index = IDBPIndex<ConstatDB, ['logIndex'], 'logIndex', keyof ConstatDB['logIndex']['indexes']>;
type Key = string | number;

const HOUR = 3_600_000;
/** Above every string and number key: the end of a key prefix's range. */
const END: Key[] = [];

/** Every key that begins with these parts. */
const prefix = (...parts: Key[]) => IDBKeyRange.bound(parts, [...parts, END]);

/** The distinct first parts of an index's keys, skipping from one to the next. */
async function firstParts(index: Index): Promise<string[]> {
  const found: string[] = [];
  let cursor = await index.openKeyCursor();
  while (cursor) {
    const first = String((cursor.key as unknown as Key[])[0]);
    found.push(first);
    cursor = await cursor.continue([first, END] as never);
  }
  return found;
}

/** The median of the keys' second parts within a prefix of `n` keys, read at the middle. */
async function middleValue(index: Index, platform: string, n: number): Promise<number | null> {
  if (n === 0) return null;
  let cursor = await index.openKeyCursor(prefix(platform));
  const middle = Math.floor((n - 1) / 2);
  if (cursor && middle > 0) cursor = await cursor.advance(middle);
  const at = (c: { key: unknown } | null | undefined) => Number((c?.key as Key[] | undefined)?.[1]);
  const low = at(cursor);
  if (n % 2 === 1) return low;
  return (low + at(await cursor?.continue())) / 2;
}

/** A category's reminder and the latest sending it has passed at `now`. */
interface Reminder {
  category: string;
  hours: number;
  passedBefore: string;
}

function reminders(followUpHours: Settings['followUpHours'] | null, now: Date): Reminder[] {
  return categories.flatMap((category) => {
    const { hours } = effectiveFollowUp(category, followUpHours);
    if (hours === null) return [];
    return [
      { category: category.id, hours, passedBefore: new Date(now.getTime() - hours * HOUR).toISOString() },
    ];
  });
}

/** Counts of one category's reminder: open past it, sent past it, removed within it (sent past it or not). */
async function reminderCounts(
  indexes: Indexes,
  platform: string,
  { category, hours, passedBefore }: Reminder,
) {
  const upTo = (...parts: Key[]) => IDBKeyRange.bound([...parts, ''], [...parts, passedBefore]);
  const [openPassed, sentPassed, within, recentRemovals] = await Promise.all([
    indexes.outcome.count(upTo(platform, 'open', category)),
    indexes.sent.count(upTo(platform, category)),
    indexes.removal.count(IDBKeyRange.bound([platform, category, 0], [platform, category, hours])),
    // Removed, sent too recently for the reminder to have passed: few rows, read to time them.
    indexes.outcome.getAll(
      IDBKeyRange.bound(
        [platform, 'removed', category, passedBefore],
        [platform, 'removed', category, END],
        true,
      ),
    ),
  ]);
  const recentWithin = recentRemovals.filter(
    (row) => (row.removalHours ?? Number.POSITIVE_INFINITY) <= hours,
  );
  return { openPassed, judged: sentPassed + recentWithin.length, within };
}

interface Indexes {
  outcome: Index;
  sent: Index;
  removal: Index;
  removalTime: Index;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function platformFollowUp(
  indexes: Indexes,
  platform: string,
  kept: Reminder[],
): Promise<PlatformFollowUp> {
  const kinds = ['removed', 'restricted', 'refused', 'no-answer', 'open'] as const;
  const [sent, counts, removalsTimed, perReminder] = await Promise.all([
    indexes.sent.count(prefix(platform)),
    Promise.all(kinds.map((kind) => indexes.outcome.count(prefix(platform, kind)))),
    indexes.removalTime.count(prefix(platform)),
    Promise.all(kept.map((reminder) => reminderCounts(indexes, platform, reminder))),
  ]);
  const [removed, restricted, refused, noAnswer, open] = counts as [number, number, number, number, number];
  const openPassed = sum(perReminder.map((r) => r.openPassed));
  return {
    platform: platform as PlatformId,
    sent,
    outcomes: {
      removed,
      restricted,
      refused,
      'no-answer': noAnswer + openPassed,
      waiting: open - openPassed,
    },
    medianHoursToRemoval: await middleValue(indexes.removalTime, platform, removalsTimed),
    removalsTimed,
    judged: sum(perReminder.map((r) => r.judged)),
    removedWithinReminder: sum(perReminder.map((r) => r.within)),
  };
}

/** Reports per month, from the first capture's month to the last's, the empty ones at zero. */
async function perMonth(byDate: Index, unreadableDates: string[]): Promise<LogStats['perMonth']> {
  const dated = IDBKeyRange.lowerBound('', true);
  const [first, last] = await Promise.all([byDate.openKeyCursor(dated), byDate.openKeyCursor(dated, 'prev')]);
  const from = first && monthOf(String(first.key));
  const to = last && monthOf(String(last.key));
  if (!from || !to) return [];
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  const start = (month: string) => {
    const [year, index] = month.split('-').map(Number) as [number, number];
    return new Date(year, index - 1, 1).toISOString();
  };
  const counted = await Promise.all(
    months.map((month) =>
      byDate.count(IDBKeyRange.bound(start(month), start(nextMonth(month)), false, true)),
    ),
  );
  const counts = new Map(months.map((month, i) => [month, counted[i] ?? 0]));
  // Unreadable records are named apart, never counted: their dates are taken off.
  for (const month of unreadableDates.map(monthOf))
    if (month) counts.set(month, (counts.get(month) ?? 0) - 1);
  return monthsWithGaps(new Map([...counts].filter(([, count]) => count > 0)));
}

/** Reports per value of a [field, date] index's field (platform, category), the unreadable taken off ''. */
async function perField(index: Index, unreadable: number): Promise<Map<string, number>> {
  const values = await firstParts(index);
  const counted = await Promise.all(values.map((value) => index.count(prefix(value))));
  const counts = new Map(values.map((value, i) => [value, counted[i] ?? 0]));
  const blank = (counts.get('') ?? 0) - unreadable;
  if (blank > 0) counts.set('', blank);
  else counts.delete('');
  return counts;
}

/** '' is "no category" in the rows, null in the figures. */
const categoryKeys = (counts: Map<string, number>) =>
  new Map([...counts].map(([key, count]): [string | null, number] => [key || null, count]));

export interface IndexedLogStats {
  stats: LogStats;
  /** Records that could not be read: named on the page, never silently left out of the count. */
  unreadable: { id: string; error: string }[];
}

/**
 * The statistics of the stored log, counted through the rows' indexes. Months are those of the
 * capture (a report's creation, which is its capture), in the person's time zone.
 */
export async function readIndexedStats(
  db: DB,
  followUpHours: Settings['followUpHours'] | null,
  now = new Date(),
): Promise<IndexedLogStats> {
  const [total, unreadableRows] = await Promise.all([
    readTotal(db),
    db.getAllFromIndex('logIndex', 'byUnreadable'),
  ]);
  // One transaction for every count, opened once nothing else is awaited: it stays open only while
  // its own requests follow one another.
  const store = db.transaction('logIndex').store;
  const index = (name: keyof ConstatDB['logIndex']['indexes']) => store.index(name) as Index;
  const unreadable = unreadableRows.map((row) => ({ id: row.id, error: row.unreadable ?? '' }));
  const indexes: Indexes = {
    outcome: index('byOutcome'),
    sent: index('bySent'),
    removal: index('byRemoval'),
    removalTime: index('byRemovalTime'),
  };
  const kept = reminders(followUpHours, now);
  const [months, platforms, categoryCounts, followUp] = await Promise.all([
    perMonth(
      index('byDate'),
      unreadableRows.map((row) => row.at),
    ),
    perField(index('byPlatform'), unreadable.length),
    perField(index('byCategory'), unreadable.length),
    firstParts(indexes.sent).then((sentOn) =>
      Promise.all(sentOn.map((platform) => platformFollowUp(indexes, platform, kept))),
    ),
  ]);
  platforms.delete('');
  return {
    unreadable,
    stats: {
      total: Math.max(0, (total ?? 0) - unreadable.length),
      perMonth: months,
      perPlatform: byCount(platforms).map(({ key, count }) => ({ platform: key as PlatformId, count })),
      perCategory: byCount(categoryKeys(categoryCounts)).map(({ key, count }) => ({
        categoryId: key,
        count,
      })),
      followUp: followUp.sort((a, b) => b.sent - a.sent || a.platform.localeCompare(b.platform)),
    },
  };
}
