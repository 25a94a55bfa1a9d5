import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { deleteReports, wipeLog } from '../../../utils/db/deletion';
import { logStores } from '../../../utils/db/log-events';
import { upgrade } from '../../../utils/db/migrations';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { updateReport } from '../../../utils/db/reports';
import { DB_NAME, DB_VERSION } from '../../../utils/db/schema';
import { writeLogExport } from '../../../utils/export/log-export';
import { readLogSource } from '../../../utils/export/log-source';
import { blobSink } from '../../../utils/export/sink';
import { importLogFile } from '../../../utils/import/import-log';
import { refreshRows } from '../../../utils/log-index/maintain';
import { rowOfReport } from '../../../utils/log-index/row';
import { checkRowsInSlices } from '../../../utils/log-index/row-check';
import type { Report } from '../../../utils/model';
import { withNoticeOpened, withNoticeSent, withNoticeStep } from '../../../utils/notice/notice-log';
import type { NoticeStep } from '../../../utils/notice/notice-step';
import type { Settings } from '../../../utils/settings';
import { readCountedStats } from '../../../utils/stats/counted-stats';
import { COUNTERS, countAllRows } from '../../../utils/stats/counter-store';
import type { StatCounters } from '../../../utils/stats/counters';
import { readIndexedStats } from '../../../utils/stats/indexed-stats';
import { readLogStats } from '../../../utils/stats/read-stats';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';

// The counters kept with every write must always equal a full count of the rows, and the page's
// figures read from them must equal the figures counted through the indexes, whatever the writes:
// a seeded random mix of every kind of write, checked along the way.

const NOW = new Date('2026-12-05T12:00:00.000Z');
const HOUR = 3_600_000;
const settingsTried: (Settings['followUpHours'] | null)[] = [
  null,
  { threats: 72, harassment: null, terrorism: 1 },
];

/** A small seeded generator (mulberry32), so that a failure replays. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof seeded>;

const platforms = ['x', 'facebook', 'mastodon'] as const;
const categoryIds = ['threats', 'harassment', 'terrorism', null] as const;

/** A time within the 90 days before NOW (half in the last 5), some on a whole hour, so reminders fall either side. */
function recent(random: Random): Date {
  const hours = random.int((random.next() < 0.5 ? 5 : 90) * 24);
  return new Date(NOW.getTime() - (random.next() < 0.3 ? hours : hours + random.next()) * HOUR);
}

/**
 * A step after `sentAt`: often at a few set times (at once, on a reminder's edge, several distinct
 * times within one hour), else any time in 200 hours.
 */
function randomStep(random: Random, sentAt: Date): NoticeStep {
  const set = random.pick([0, 1, 23.25, 23.5, 23.75, 24, 72, 100]);
  const hours = random.next() < 0.6 ? set : random.next() * 200;
  const at = new Date(sentAt.getTime() + hours * HOUR).toISOString();
  const kind = random.pick(['removed', 'removed', 'refused', 'restricted', 'no-answer', 'seen'] as const);
  if (kind === 'no-answer') return { kind: 'no-answer', at };
  if (kind === 'seen') return { kind: 'removal-seen', at };
  return { kind: 'decision', at, decision: kind };
}

function sent(report: Report, random: Random): Report {
  const record = makeNoticeRecord({ openedAt: report.createdAt });
  const sentAt = new Date(new Date(report.createdAt).getTime() + random.int(48) * HOUR);
  return withNoticeSent(withNoticeOpened(report, record), record.id, '', sentAt);
}

/** A new report; half of them captured with a notice sent and answered (many removals to time). */
async function create(random: Random): Promise<void> {
  const report = makeReport({
    platform: random.pick(platforms),
    categoryId: random.pick(categoryIds),
    createdAt: recent(random).toISOString(),
  });
  if (random.next() < 0.5) return void (await storeCapture({ report, evidence: [] }));
  const answered = sent(report, random);
  const notice = answered.notices[0];
  const stepped = notice?.sentAt
    ? withNoticeStep(answered, notice.id, randomStep(random, new Date(notice.sentAt)))
    : answered;
  await storeCapture({ report: stepped, evidence: [] });
}

async function storedIds(): Promise<string[]> {
  return (await openConstatDB()).getAllKeys('reports');
}

/** One edit, status change or answer of a stored report. */
function change(random: Random): (report: Report) => Report {
  return random.pick([
    (report: Report) => ({ ...report, categoryId: random.pick(categoryIds) }),
    (report: Report) => ({ ...report, notes: `note ${random.int(1000)}` }),
    (report: Report) => (report.notices.some((n) => n.sentAt) ? report : sent(report, random)),
    (report: Report) => {
      const notice = report.notices.find((n) => n.sentAt);
      if (!notice?.sentAt) return sent(report, random);
      return withNoticeStep(report, notice.id, randomStep(random, new Date(notice.sentAt)));
    },
  ]);
}

/** An export of a few reports made in another (fake) database, to import into the tested one. */
async function exportFromElsewhere(random: Random): Promise<Blob> {
  const tested = globalThis.indexedDB;
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
  for (let i = 0; i < 4; i++) await create(random);
  for (const id of await storedIds()) await updateReport(id, (report) => sent(report, random));
  let blob: Blob | null = null;
  const sink = blobSink('application/json', (b) => {
    blob = b;
  });
  await writeLogExport(sink, await readLogSource(), { now: NOW, extensionVersion: '0.1.0' });
  await sink.close();
  await closeConstatDB();
  globalThis.indexedDB = tested;
  return blob as unknown as Blob;
}

/** The counters without their latest sending times, which a removal leaves where they were. */
function withoutLatest(counters: StatCounters | undefined) {
  const copy = structuredClone(counters);
  const latest = new Map<string, string>();
  for (const [platform, perCategory] of Object.entries(copy?.sent ?? {}))
    for (const [category, counted] of Object.entries(perCategory)) {
      latest.set(`${platform}|${category}`, counted.lastSentAt);
      counted.lastSentAt = '';
    }
  return { copy, latest };
}

async function expectCountersExact(): Promise<void> {
  const db = await openConstatDB();
  const tx = db.transaction(['logIndex', 'statCounters']);
  const [stored, recounted] = await Promise.all([
    tx.objectStore('statCounters').get(COUNTERS),
    countAllRows(tx.objectStore('logIndex')),
  ]);
  const [kept, counted] = [withoutLatest(stored), withoutLatest(recounted)];
  expect(kept.copy).toEqual(counted.copy);
  // Kept latest sending times are never before the real ones, or a recent sending would be missed.
  for (const [key, latest] of kept.latest) expect(latest >= (counted.latest.get(key) ?? '')).toBe(true);
  for (const followUpHours of settingsTried) {
    expect(await readCountedStats(db, followUpHours, NOW)).toEqual(
      await readIndexedStats(db, followUpHours, NOW),
    );
  }
}

async function randomWrites(seed: number, writes: number): Promise<void> {
  const random = seeded(seed);
  const imported = await exportFromElsewhere(random);
  for (let i = 0; i < writes; i++) {
    const ids = await storedIds();
    const roll = random.next();
    if (roll < 0.35 || ids.length === 0) await create(random);
    else if (roll < 0.88) await updateReport(random.pick(ids), change(random));
    else if (roll < 0.95) await deleteReports([random.pick(ids)]);
    else if (roll < 0.99) await importLogFile(imported, 'export.json').catch(() => undefined);
    else await wipeLog();
    if (i % 5 === 4) await expectCountersExact();
  }
  await expectCountersExact();
}

describe('the statistics counters', () => {
  it('equal a full count after a random mix of writes, and give the figures the indexes give', {
    timeout: 240_000,
  }, async () => {
    for (const seed of [11, 2026]) {
      await closeConstatDB();
      globalThis.indexedDB = new IDBFactory();
      await randomWrites(seed, 120);
    }
  });
});

describe('the statistics counters, in their transactions', () => {
  it('are left as they were, with the rows, by an aborted write', async () => {
    const { report } = await storeCapture({ report: { categoryId: 'threats' }, evidence: [] });
    const db = await openConstatDB();
    const before = await db.get('statCounters', COUNTERS);
    const tx = db.transaction([...logStores], 'readwrite');
    await tx.objectStore('reports').put({ ...report, platform: 'facebook', categoryId: 'harassment' });
    await refreshRows(tx, [report.id]);
    expect((await tx.objectStore('statCounters').get(COUNTERS))?.platforms).toEqual({ facebook: 1 });
    tx.abort();
    await tx.done.catch(() => undefined);
    expect(await db.get('statCounters', COUNTERS)).toEqual(before);
    expect((await db.get('logIndex', report.id))?.platform).toBe('x');
    await expectCountersExact();
  });

  it('are counted when a layout-9 database is opened, and the page reads them', async () => {
    await closeConstatDB();
    const report = sent(
      makeReport({ categoryId: 'threats', createdAt: '2026-11-20T09:00:00.000Z' }),
      seeded(9),
    );
    const old = await openDB(DB_NAME, 9, { upgrade });
    await old.put('reports', report as never);
    await old.put('logIndex', rowOfReport(report) as never);
    await old.put('logTotals', 1 as never, 'rows' as never);
    old.close();

    const db = await openConstatDB();
    expect(db.version).toBe(DB_VERSION);
    expect((await db.get('statCounters', COUNTERS))?.sent).toMatchObject({ x: { threats: { sent: 1 } } });
    await expectCountersExact();
    expect((await readLogStats(null, NOW)).stats.total).toBe(1);
  });

  it('of another time zone are not read: the page counts through the indexes, then counts them again', async () => {
    await storeCapture({ report: { createdAt: '2026-11-30T23:30:00.000Z' }, evidence: [] });
    const db = await openConstatDB();
    const counted = await db.get('statCounters', COUNTERS);
    await db.put(
      'statCounters',
      { ...(counted as StatCounters), timeZone: 'Pacific/Kiritimati', total: 99 },
      COUNTERS,
    );
    expect(await readCountedStats(db, null, NOW)).toBeNull();
    expect((await readLogStats(null, NOW)).stats.total).toBe(1);
    // The page's count again comes before any later read.
    expect(await db.get('statCounters', COUNTERS)).toEqual(counted);
  });

  it('of another time zone are dropped by the next write, never mixed with this one', async () => {
    const { report } = await storeCapture({ evidence: [] });
    const db = await openConstatDB();
    const counted = await db.get('statCounters', COUNTERS);
    await db.put('statCounters', { ...(counted as StatCounters), timeZone: 'Pacific/Kiritimati' }, COUNTERS);
    await updateReport(report.id, (r) => ({ ...r, notes: 'changed' }));
    expect(await db.get('statCounters', COUNTERS)).toBeUndefined();
    await closeConstatDB();
    expect(await (await openConstatDB()).get('statCounters', COUNTERS)).toEqual(counted);
  });

  it('are counted again with the rows when the rows are written again', async () => {
    const { report } = await storeCapture({ report: { categoryId: 'threats' }, evidence: [] });
    await storeCapture({ evidence: [] });
    const db = await openConstatDB();
    const counted = await db.get('statCounters', COUNTERS);
    await db.delete('logIndex', report.id);
    expect(await checkRowsInSlices(db)).toBe(true);
    expect(await db.get('statCounters', COUNTERS)).toEqual(counted);
  });

  it('give the exact median removal time, read within the hour that holds it', async () => {
    const removedAfter = async (hours: number) => {
      const report = sent(makeReport({ platform: 'x', createdAt: '2026-10-01T00:00:00.000Z' }), seeded(1));
      const notice = report.notices[0];
      const at = new Date(new Date(notice?.sentAt ?? '').getTime() + hours * HOUR).toISOString();
      const step: NoticeStep = { kind: 'decision', at, decision: 'removed' };
      await storeCapture({ report: withNoticeStep(report, notice?.id ?? '', step), evidence: [] });
    };
    const median = async () => (await readLogStats(null, NOW)).stats.followUp[0]?.medianHoursToRemoval;
    for (const hours of [23.25, 23.5, 23.75, 24, 30]) await removedAfter(hours);
    expect(await median()).toBe(23.75);
    await removedAfter(40);
    expect(await median()).toBe(23.875);
    for (let zero = 0; zero < 7; zero++) await removedAfter(0);
    expect(await median()).toBe(0);
    await expectCountersExact();
  });

  it('that do not parse are taken as not counted', async () => {
    await storeCapture({ evidence: [] });
    const db = await openConstatDB();
    await db.put('statCounters', { version: 1, total: -3 } as never, COUNTERS);
    expect(await readCountedStats(db, null, NOW)).toBeNull();
    expect((await readLogStats(null, NOW)).stats.total).toBe(1);
    await expectCountersExact();
  });
});
