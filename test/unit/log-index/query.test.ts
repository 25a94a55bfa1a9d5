import { describe, expect, it, vi } from 'vitest';
import { openConstatDB } from '../../../utils/db/open';
import { updateReport } from '../../../utils/db/reports';
import { filterFromParams, filterToParams, type LogFilter } from '../../../utils/log-index/filter';
import { queryLog, startingWith } from '../../../utils/log-index/query';
import { listAuthors } from '../../../utils/log-index/read';
import { readTotal } from '../../../utils/log-index/total';
import { makeNoticeRecord, makePostData, storeCapture } from '../factories';

const NOW = new Date('2026-11-30T12:00:00.000Z');

async function run(filter: LogFilter, followUpHours: Record<string, number | null> | null = null) {
  const db = await openConstatDB();
  const lines = await queryLog(db, filter, { now: NOW, followUpHours, total: (await readTotal(db)) ?? 0 });
  const ids = await lines.ids(0, lines.length);
  expect(ids).toHaveLength(lines.length);
  return ids;
}

async function seed() {
  const made = async (day: string, handle: string, text: string, platform: 'x' | 'facebook' = 'x') =>
    (
      await storeCapture({
        report: {
          createdAt: `2026-11-${day}T10:00:00.000Z`,
          platform,
          extracted: makePostData({ platform, text, author: { handle, name: null } }),
        },
      })
    ).report.id;
  const a = await made('01', 'alpha', 'Les étrangers dehors');
  const b = await made('05', 'beta', 'Une menace de mort', 'facebook');
  const c = await made('10', 'alpha', 'Encore les étrangers, menace');
  const d = await made('20', 'gamma', 'Rien à voir');
  return { a, b, c, d };
}

describe('queryLog', () => {
  it('lists every report newest first, or oldest first', async () => {
    const { a, b, c, d } = await seed();
    expect(await run({})).toEqual([d, c, b, a]);
    expect(await run({ order: 'oldest' })).toEqual([a, b, c, d]);
  });

  it('reads any window of the list from the date index, from either end, dates bounding it', async () => {
    const { a, b, c, d } = await seed();
    const db = await openConstatDB();
    const context = { now: NOW, followUpHours: null, total: 4 };
    const newest = await queryLog(db, {}, context);
    expect(newest.length).toBe(4);
    expect(await newest.ids(1, 3)).toEqual([c, b]);
    expect(await newest.ids(3, 9)).toEqual([a]);
    expect(await newest.ids(0, 1)).toEqual([d]);
    const oldest = await queryLog(db, { order: 'oldest' }, context);
    expect(await oldest.ids(2, 4)).toEqual([c, d]);
    expect(await oldest.ids(0, 2)).toEqual([a, b]);
    const dated = await queryLog(db, { from: '2026-11-02', to: '2026-11-19' }, context);
    expect(dated.length).toBe(2);
    expect(await dated.ids(0, 2)).toEqual([c, b]);
    expect(await dated.ids(1, 2)).toEqual([b]);
  });

  it('reads the first lines from either end in one request, or by a cursor where the browser cannot', async () => {
    const { a, b, c, d } = await seed();
    const db = await openConstatDB();
    const context = { now: NOW, followUpHours: null, total: 4 };
    const windows = async () => {
      const newest = await queryLog(db, {}, context);
      const onX = await queryLog(db, { platform: 'x', order: 'oldest' }, context);
      return [await newest.ids(0, 2), await newest.ids(2, 4), await onX.ids(0, 2), await onX.ids(1, 3)];
    };
    const expected = [
      [d, c],
      [b, a],
      [a, c],
      [c, d],
    ];
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    expect(await windows()).toEqual(expected);
    expect(getAllKeys).toHaveBeenCalledWith(expect.objectContaining({ count: 2, direction: 'prev' }));
    getAllKeys.mockClear();
    // Firefox has neither `getAllRecords` nor a direction in `getAllKeys`.
    const records = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords');
    Reflect.deleteProperty(IDBIndex.prototype, 'getAllRecords');
    try {
      expect(await windows()).toEqual(expected);
      expect(getAllKeys).not.toHaveBeenCalled();
    } finally {
      if (records) Object.defineProperty(IDBIndex.prototype, 'getAllRecords', records);
      getAllKeys.mockRestore();
    }
  });

  it('gives a search the same lines whether its matches are walked along the date index or sorted', async () => {
    const { a, c } = await seed();
    const db = await openConstatDB();
    for (const total of [4, 10_000]) {
      const lines = await queryLog(db, { q: 'etrang' }, { now: NOW, followUpHours: null, total });
      expect(lines.length).toBe(2);
      expect(await lines.ids(0, 2)).toEqual([c, a]);
      expect(await lines.ids(1, 2)).toEqual([a]);
      const oldest = await queryLog(
        db,
        { q: 'les etrang', order: 'oldest' },
        { now: NOW, followUpHours: null, total },
      );
      expect(await oldest.ids(0, 5)).toEqual([a, c]);
    }
  });

  it('counts one field, or one word beginning a single indexed word, by one range; reads the lines only when asked', async () => {
    const { a, b, c, d } = await seed();
    const db = await openConstatDB();
    const context = { now: NOW, followUpHours: null, total: 4 };
    const onX = await queryLog(db, { platform: 'x' }, context);
    expect(onX.length).toBe(3);
    expect(await onX.ids(1, 3)).toEqual([c, a]);
    expect(await onX.ids(0, 1)).toEqual([d]);
    expect(await run({ platform: 'x', order: 'oldest' })).toEqual([a, c, d]);
    const threat = await queryLog(db, { q: 'menac' }, context);
    expect(threat.length).toBe(2);
    expect(await threat.ids(0, 2)).toEqual([c, b]);
    // "etr" begins one indexed word; "de" begins two ("de", "dehors"): their matches are sorted instead.
    expect((await queryLog(db, { q: 'etr' }, context)).length).toBe(2);
    expect(await run({ q: 'de' })).toEqual([b, a]);
  });

  it('keeps the first lines found before the count, and reads the others from the exact query', async () => {
    const { a, b, c, d } = await seed();
    const db = await openConstatDB();
    const lines = startingWith(await queryLog(db, {}, { now: NOW, followUpHours: null, total: 4 }), [
      'first',
    ]);
    expect(await lines.ids(0, 1)).toEqual(['first']);
    expect(await lines.ids(0, 4)).toEqual([d, c, b, a]);
  });

  it('combines filters, a date range and a search by word prefixes, accents folded', async () => {
    const { a, b, c } = await seed();
    expect(await run({ q: 'etrang' })).toEqual([c, a]);
    expect(await run({ q: 'ÉTRANGERS menac' })).toEqual([c]);
    expect(await run({ q: 'menace', platform: 'facebook' })).toEqual([b]);
    expect(await run({ platform: 'x', from: '2026-11-02', to: '2026-11-10' })).toEqual([c]);
    expect(await run({ author: 'alpha|x' })).toEqual([c, a]);
    expect(await run({ q: 'introuvable' })).toEqual([]);
  });

  it('filters by category, ground, status and reminders due or not', async () => {
    const { a, b, c, d } = await seed();
    await updateReport(a, (r) => ({ ...r, categoryId: 'threats', grounds: ['religion'] }));
    const sent = (at: string) => [makeNoticeRecord({ sentAt: at })];
    await updateReport(b, (r) => ({
      ...r,
      categoryId: 'hate-provocation',
      status: 'sent',
      notices: sent('2026-11-06T10:00:00.000Z'),
    }));
    await updateReport(c, (r) => ({
      ...r,
      categoryId: 'hate-provocation',
      notices: sent('2026-11-30T11:00:00.000Z'),
    }));
    expect(await run({ category: 'threats' })).toEqual([a]);
    expect(await run({ category: 'hate-provocation' })).toEqual([c, b]);
    expect(await run({ category: 'none' })).toEqual([d]);
    expect(await run({ ground: 'religion' })).toEqual([a]);
    expect(await run({ status: 'sent' })).toEqual([b]);
    expect(await run({ due: 'due' })).toEqual([b]);
    expect(await run({ due: 'not-due' })).toEqual([d, c, a]);
    // The person's own delay for the category counts: one hour makes c due too; none makes nothing due.
    expect(await run({ due: 'due' }, { 'hate-provocation': 1 })).toEqual([c, b]);
    expect(await run({ due: 'due' }, { 'hate-provocation': null })).toEqual([]);
  });

  it('lists accounts by the beginning of their handle, with their number of reports and dates', async () => {
    await seed();
    const all = await listAuthors('', null, 10);
    expect(all.map((x) => [x.key, x.reports])).toEqual([
      ['alpha|x', 2],
      ['beta|facebook', 1],
      ['gamma|x', 1],
    ]);
    expect(all[0]).toMatchObject({
      label: '@alpha',
      first: '2026-11-01T10:00:00.000Z',
      last: '2026-11-10T10:00:00.000Z',
    });
    expect((await listAuthors('@Be', null, 10)).map((x) => x.key)).toEqual(['beta|facebook']);
    expect((await listAuthors('', 'alpha|x', 1)).map((x) => x.key)).toEqual(['beta|facebook']);
  });
});

describe('the filter in the address', () => {
  it('round-trips, and drops malformed or hostile fields while keeping the others', () => {
    const filter: LogFilter = { platform: 'x', q: 'haine <b>', from: '2026-01-01', due: 'due' };
    expect(filterFromParams(filterToParams(filter))).toEqual(filter);
    const hostile = new URLSearchParams('platform=evil&from=yesterday&status=sent&q=ok&constructor=1');
    expect(filterFromParams(hostile)).toEqual({ status: 'sent', q: 'ok' });
  });
});
