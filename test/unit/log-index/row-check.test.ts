import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { DB_NAME } from '../../../utils/db/schema';
import { checkRowsInSlices } from '../../../utils/log-index/row-check';
import { readTotal } from '../../../utils/log-index/total';
import { storeCapture } from '../factories';

describe('checkRowsInSlices', () => {
  it('leaves matching rows alone, and rebuilds them when a slice or the kept total differs', async () => {
    const [a] = [await storeCapture(), await storeCapture(), await storeCapture()];
    const db = await openConstatDB();
    expect(await checkRowsInSlices(db)).toBe(false);

    // A report written outside the storage code, with an id of no UUID's shape: the last slice holds it.
    await closeConstatDB();
    const raw = await openDB(DB_NAME);
    await raw.put('reports', { ...(await raw.get('reports', a.report.id)), id: 'zz-outside' });
    raw.close();
    const reopened = await openConstatDB();
    expect(await checkRowsInSlices(reopened)).toBe(true);
    expect((await reopened.getAllKeys('logIndex')).includes('zz-outside')).toBe(true);
    expect(await readTotal(reopened)).toBe(4);

    // Every slice matches, the kept total does not.
    await reopened.put('logTotals', 9, 'rows');
    expect(await checkRowsInSlices(reopened)).toBe(true);
    expect(await readTotal(reopened)).toBe(4);
    expect(await checkRowsInSlices(reopened)).toBe(false);
  });

  it('pauses before each slice, so that the person’s reads pass in between', async () => {
    await storeCapture();
    const db = await openConstatDB();
    const counted: number[] = [];
    let pauses = 0;
    const pause = async () => {
      pauses++;
      // What a slice counts is read after its pause: a report saved during a pause is in the next slices.
      counted.push((await db.count('reports')) as number);
    };
    expect(await checkRowsInSlices(db, pause)).toBe(false);
    expect(pauses).toBe(256);
    expect(counted.every((n) => n === 1)).toBe(true);
  });
});
