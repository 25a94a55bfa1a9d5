import type { IDBPDatabase, IDBPIndex } from 'idb';
import type { ConstatDB } from '../db/schema';
import { effectiveFollowUp } from '../follow-up/effective';
import type { PlatformId } from '../model';
import type { Settings } from '../settings';
import { categoryById } from '../taxonomy/categories';
import { readCounters } from './counter-store';
import type { SentCounts, StatCounters } from './counters';
import type { IndexedLogStats } from './indexed-stats';
import { byCount, type LogStats, monthsWithGaps, type PlatformFollowUp } from './log-stats';

// The log's statistics from the counters (counters.ts), read in one transaction with the few index
// ranges that depend on now and on the person's reminder delays: the reports sent since the
// reminder's time (few: a reminder is days, not years), taken off the counted ones, and the rows
// within the one hour that holds a platform's median removal time.

type DB = IDBPDatabase<ConstatDB>;
type Index = IDBPIndex<
  ConstatDB,
  ['logIndex', 'statCounters'],
  'logIndex',
  keyof ConstatDB['logIndex']['indexes']
>;
type Key = string | number;

const HOUR = 3_600_000;
/** Above every string and number key: the end of a key prefix's range. */
const END: Key[] = [];

/** Keys that begin with `parts` and whose next part is after `after`. */
const since = (parts: Key[], after: Key) => IDBKeyRange.bound([...parts, after], [...parts, END], true);

interface Indexes {
  outcome: Index;
  sent: Index;
  removalTime: Index;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const count = (counts: Record<string, number>, key: string) => counts[key] ?? 0;

/** The reports of one platform and category sent after `passedBefore`: few, or none to read. */
async function sentSince(
  indexes: Indexes,
  platform: string,
  category: string,
  counted: SentCounts,
  passedBefore: string,
) {
  if (counted.lastSentAt <= passedBefore) return { open: 0, sent: 0, removals: [] };
  const [open, sent, removals] = await Promise.all([
    indexes.outcome.count(since([platform, 'open', category], passedBefore)),
    indexes.sent.count(since([platform, category], passedBefore)),
    indexes.outcome.getAll(since([platform, 'removed', category], passedBefore)),
  ]);
  return { open, sent, removals };
}

/** One category's reminder on one platform: open past it, sent past it, removed within it. */
async function reminderCounts(
  indexes: Indexes,
  platform: string,
  category: string,
  counted: SentCounts,
  hours: number,
  now: Date,
) {
  const passedBefore = new Date(now.getTime() - hours * HOUR).toISOString();
  const recent = await sentSince(indexes, platform, category, counted, passedBefore);
  const recentWithin = recent.removals.filter(
    (row) => (row.removalHours ?? Number.POSITIVE_INFINITY) <= hours,
  ).length;
  const within = sum(
    Object.entries(counted.removalHours).flatMap(([hour, n]) => (Number(hour) <= hours ? [n] : [])),
  );
  return {
    openPassed: count(counted.outcomes, 'open') - recent.open,
    judged: counted.sent - recent.sent + recentWithin,
    within,
  };
}

/** The removal times' histogram of a platform, all categories together, by hour ascending. */
function platformHours(perCategory: Record<string, SentCounts>): [number, number][] {
  const hours = new Map<number, number>();
  for (const counted of Object.values(perCategory))
    for (const [hour, n] of Object.entries(counted.removalHours))
      hours.set(Number(hour), (hours.get(Number(hour)) ?? 0) + n);
  return [...hours].sort((a, b) => a[0] - b[0]);
}

/**
 * The `nth` smallest removal time (from 0): its hour from the histogram, its value read from the
 * index within that hour, from the nearer end (a cursor steps over each key it skips). Hour 0
 * holds only removals seen at the sending time itself: nothing to read.
 */
async function nthRemoval(index: Index, platform: string, hours: [number, number][], nth: number) {
  let before = 0;
  for (const [hour, n] of hours) {
    if (nth < before + n) {
      if (hour === 0) return 0;
      const fromEnd = nth - before >= n / 2;
      const range = IDBKeyRange.bound([platform, hour - 1], [platform, hour], true);
      let cursor = await index.openKeyCursor(range, fromEnd ? 'prev' : 'next');
      const skip = fromEnd ? before + n - 1 - nth : nth - before;
      if (cursor && skip > 0) cursor = await cursor.advance(skip);
      return Number((cursor?.key as Key[] | undefined)?.[1]);
    }
    before += n;
  }
  return Number.NaN;
}

async function medianRemoval(index: Index, platform: string, hours: [number, number][], n: number) {
  if (n === 0) return null;
  const low = Math.floor((n - 1) / 2);
  const high = Math.floor(n / 2);
  const [a, b] = await Promise.all([
    nthRemoval(index, platform, hours, low),
    high === low ? null : nthRemoval(index, platform, hours, high),
  ]);
  return b === null ? a : (a + b) / 2;
}

async function platformFollowUp(
  indexes: Indexes,
  platform: string,
  perCategory: Record<string, SentCounts>,
  followUpHours: Settings['followUpHours'] | null,
  now: Date,
): Promise<PlatformFollowUp> {
  const entries = Object.entries(perCategory);
  const outcome = (kind: string) => sum(entries.map(([, counted]) => count(counted.outcomes, kind)));
  const hours = platformHours(perCategory);
  const removalsTimed = sum(hours.map(([, n]) => n));
  const withReminder = entries.flatMap(([category, counted]) => {
    const known = categoryById(category || null);
    const reminder = known ? effectiveFollowUp(known, followUpHours).hours : null;
    return reminder === null ? [] : [{ category, counted, reminder }];
  });
  const [perReminder, median] = await Promise.all([
    Promise.all(
      withReminder.map(({ category, counted, reminder }) =>
        reminderCounts(indexes, platform, category, counted, reminder, now),
      ),
    ),
    medianRemoval(indexes.removalTime, platform, hours, removalsTimed),
  ]);
  const openPassed = sum(perReminder.map((r) => r.openPassed));
  return {
    platform: platform as PlatformId,
    sent: sum(entries.map(([, counted]) => counted.sent)),
    outcomes: {
      removed: outcome('removed'),
      restricted: outcome('restricted'),
      refused: outcome('refused'),
      'no-answer': outcome('no-answer') + openPassed,
      waiting: outcome('open') - openPassed,
    },
    medianHoursToRemoval: median,
    removalsTimed,
    judged: sum(perReminder.map((r) => r.judged)),
    removedWithinReminder: sum(perReminder.map((r) => r.within)),
  };
}

const asMap = (counts: Record<string, number>) => new Map(Object.entries(counts));

function countedFigures(counters: StatCounters): Omit<LogStats, 'followUp'> {
  const platforms = asMap(counters.platforms);
  platforms.delete('');
  return {
    total: counters.total,
    perMonth: monthsWithGaps(asMap(counters.months)),
    perPlatform: byCount(platforms).map(({ key, count }) => ({ platform: key as PlatformId, count })),
    // '' is "no category" in the rows, null in the figures.
    perCategory: byCount(
      new Map(
        Object.entries(counters.categories).map(([key, n]): [string | null, number] => [key || null, n]),
      ),
    ).map(({ key, count }) => ({ categoryId: key, count })),
  };
}

/**
 * The statistics from the counters; null when they are not counted (absent, unreadable, or counted
 * in another time zone): the caller then counts through the indexes.
 */
export async function readCountedStats(
  db: DB,
  followUpHours: Settings['followUpHours'] | null,
  now = new Date(),
): Promise<IndexedLogStats | null> {
  const tx = db.transaction(['logIndex', 'statCounters']);
  const rows = tx.objectStore('logIndex');
  const [counters, unreadableRows] = await Promise.all([
    readCounters(tx.objectStore('statCounters')),
    rows.index('byUnreadable').getAll(),
  ]);
  if (counters === null) return null;
  const index = (name: keyof ConstatDB['logIndex']['indexes']) => rows.index(name) as Index;
  const indexes: Indexes = {
    outcome: index('byOutcome'),
    sent: index('bySent'),
    removalTime: index('byRemovalTime'),
  };
  const followUp = await Promise.all(
    Object.entries(counters.sent).map(([platform, perCategory]) =>
      platformFollowUp(indexes, platform, perCategory, followUpHours, now),
    ),
  );
  return {
    unreadable: unreadableRows.map((row) => ({ id: row.id, error: row.unreadable ?? '' })),
    stats: {
      ...countedFigures(counters),
      followUp: followUp.sort((a, b) => b.sent - a.sent || a.platform.localeCompare(b.platform)),
    },
  };
}
