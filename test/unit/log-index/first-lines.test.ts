import { unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openConstatDB } from '../../../utils/db/open';
import type { LogFilter } from '../../../utils/log-index/filter';
import { readFirstLines } from '../../../utils/log-index/first-lines';
import { walkRows } from '../../../utils/log-index/index-walk';
import { NEAR_END, queryLog } from '../../../utils/log-index/query';
import { type LogIndexRow, rowOfReport } from '../../../utils/log-index/row';
import { setTotal } from '../../../utils/log-index/total';
import { syntheticHandle, syntheticReport } from '../../harness/synthetic-log';

// The first lines found by walking one index must be the first lines of the exact query, which
// reads every match through the indexes: the same conditions, the same order, for every filter.

const COUNT = 300;
const rows: LogIndexRow[] = Array.from({ length: COUNT }, (_, i) =>
  rowOfReport(syntheticReport(i, { seed: 3, authors: 25 })),
);
// Two days after the first capture: some notices are past their reminder, some not.
const context = { now: new Date('2025-01-03T00:00:00.000Z'), followUpHours: { threats: 12 } };

async function storeRows() {
  const db = await openConstatDB();
  const tx = db.transaction(['logIndex', 'logTotals'], 'readwrite');
  await Promise.all([
    ...rows.map((row) => tx.objectStore('logIndex').put(row)),
    setTotal(tx.objectStore('logTotals'), rows.length),
    tx.done,
  ]);
  return db;
}

const author = rows.find((row) => row.author.startsWith(syntheticHandle(7, 25)))?.author;
const filters: LogFilter[] = [
  { q: 'menac' },
  { q: 'me', order: 'oldest' },
  { q: 'menace etrangers' },
  { platform: 'facebook' },
  { platform: 'facebook', q: 'menac' },
  { category: 'threats', status: 'sent' },
  { category: 'none' },
  { status: 'draft', platform: 'x', order: 'oldest' },
  { ground: 'religion' },
  { due: 'due' },
  { due: 'not-due', q: 'les' },
  { from: '2025-01-02', to: '2025-01-02' },
  { author, q: 'compte' },
  { q: 'introuvable' },
];

const cases = filters.flatMap((filter) =>
  [true, false].map(
    (batched) => [JSON.stringify(filter), batched ? 'batches' : 'a cursor', filter, batched] as const,
  ),
);

describe('readFirstLines', () => {
  it.each(cases)(
    'gives the first lines of the exact query for %s, read by %s',
    async (_n, _b, filter, batched) => {
      const db = await storeRows();
      const exact = await queryLog(db, filter, { ...context, total: COUNT });
      const every = await exact.ids(0, exact.length);
      const first = await readFirstLines(db, filter, context, { want: 7, limit: COUNT + 1, batched });
      expect(first?.ids).toEqual(every.slice(0, 7));
      expect(first?.complete).toBe(every.length < 7);
      const all = await readFirstLines(db, filter, context, { want: COUNT + 1, limit: COUNT + 1, batched });
      expect(all).toEqual({ ids: every, complete: true });
    },
  );

  it('gives way to the exact query when the rows walked hold too few matches', async () => {
    const db = await storeRows();
    // One account's reports are one in 25: twenty rows of the date index hold about one.
    expect(await readFirstLines(db, { q: syntheticHandle(7, 25) }, context, { want: 5, limit: 20 })).toBe(
      null,
    );
    // Its compound index holds only its rows: walked to its end, not given up.
    const own = rows.filter((row) => row.author === author).length;
    expect(own).toBeGreaterThan(0);
    const found = await readFirstLines(db, { author }, context, { want: 50, limit: 20 });
    expect(found?.ids).toHaveLength(own);
    expect(found?.complete).toBe(true);
  });

  it('stops walking once the lines are no longer wanted (a newer search was typed)', async () => {
    const db = await storeRows();
    let asked = 0;
    const wanted = () => ++asked < 2;
    const found = await readFirstLines(db, { q: 'introuvable' }, context, { limit: COUNT + 1, wanted });
    expect(found).toBeNull();
    expect(asked).toBe(2);
  });
});

/** A word of the rows that begins no other indexed word, in at least `min` of them. */
function soleCommonWord(min: number): string {
  const counts = new Map<string, number>();
  for (const row of rows) for (const word of row.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.keys()];
  const found = [...counts].find(
    ([word, n]) => n >= min && words.every((other) => other === word || !other.startsWith(word)),
  );
  if (!found) throw new Error('no such word in the synthetic rows');
  return found[0];
}

describe('a counted search near either end of its list', () => {
  it('walks the date index from that end, never reading every match', async () => {
    const db = await storeRows();
    const word = soleCommonWord(NEAR_END + 10);
    const expected = rows
      .filter((row) => row.words.some((w) => w.startsWith(word)))
      .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1))
      .map((row) => row.id);
    // A total large enough that the matches are a share of the log worth walking for.
    const lines = await queryLog(db, { q: word }, { ...context, total: COUNT });
    expect(lines.length).toBe(expected.length);
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const n = expected.length;
    expect(await lines.ids(n - 13, n)).toEqual(expected.slice(n - 13));
    expect(await lines.ids(n - 1, n + 5)).toEqual(expected.slice(n - 1));
    expect(await lines.ids(20, 40)).toEqual(expected.slice(20, 40));
    const byWord = (calls: unknown[]) =>
      calls.filter((_, i) => (getAllKeys.mock.contexts[i] as IDBIndex | undefined)?.name === 'byWord');
    expect(byWord(getAllKeys.mock.calls)).toHaveLength(0);
    // A window in the middle reads the matches, once.
    expect(await lines.ids(NEAR_END + 1, NEAR_END + 3)).toEqual(expected.slice(NEAR_END + 1, NEAR_END + 3));
    expect(byWord(getAllKeys.mock.calls)).toHaveLength(1);
    getAllKeys.mockRestore();
  });
});

describe('walkRows', () => {
  it('reads rows sharing one key across batches once each, in index order, both ways', async () => {
    const db = await openConstatDB();
    const at = '2025-03-01T00:00:00.000Z';
    // More rows of one date than a batch holds, between rows of other dates.
    const same = Array.from({ length: 150 }, (_, i) => ({
      ...rows[0],
      id: `same-${String(i).padStart(3, '0')}`,
      at,
    }));
    const others = rows.slice(1, 60);
    const tx = db.transaction('logIndex', 'readwrite');
    await Promise.all([...[...same, ...others].map((row) => tx.store.put(row as LogIndexRow)), tx.done]);
    const expected = await db.getAllKeysFromIndex('logIndex', 'byDate');
    const range = IDBKeyRange.bound('', '\uffff');
    for (const batched of [true, false]) {
      for (const direction of ['next', 'prev'] as const) {
        const index = unwrap(db.transaction('logIndex').store.index('byDate'));
        const read: string[] = [];
        for await (const batch of walkRows(index, range, direction, { batched }))
          read.push(...batch.map((row) => row.primaryKey));
        expect(read).toEqual(direction === 'next' ? expected : [...expected].reverse());
      }
    }
  });
});
