import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openConstatDB } from '../../../utils/db/open';
import { forEachReport } from '../../../utils/db/report-cursor';
import { makeReport } from '../factories';

describe('a pass over every stored report', () => {
  it('visits each readable report once across batches, and names the unreadable ones', async () => {
    const db = await openConstatDB();
    const ids: string[] = [];
    const tx = db.transaction('reports', 'readwrite');
    for (let i = 0; i < 1203; i++) {
      const report = makeReport();
      ids.push(report.id);
      void tx.store.put(report);
    }
    await tx.done;
    const raw = await openDB('constat');
    await raw.put('reports', { id: 'ffffffff-0000-4000-8000-000000000000', schemaVersion: 5, junk: true });
    raw.close();

    const seen: string[] = [];
    const pass = await forEachReport((report) => seen.push(report.id));
    expect(seen.sort()).toEqual(ids.sort());
    expect(pass.read).toBe(1203);
    expect(pass.unreadable.map((u) => u.id)).toEqual(['ffffffff-0000-4000-8000-000000000000']);
  });

  it('reads an empty log', async () => {
    expect(await forEachReport(() => {})).toEqual({ read: 0, unreadable: [] });
  });
});
