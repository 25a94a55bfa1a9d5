import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { deleteReports, wipeLog } from '../../../utils/db/deletion';
import { upgrade } from '../../../utils/db/migrations';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { updateReport } from '../../../utils/db/reports';
import { DB_NAME } from '../../../utils/db/schema';
import { writeLogExport } from '../../../utils/export/log-export';
import { readLogSource } from '../../../utils/export/log-source';
import { blobSink } from '../../../utils/export/sink';
import { importLogFile } from '../../../utils/import/import-log';
import type { LogIndexRow } from '../../../utils/log-index/row';
import { checkRowsInSlices } from '../../../utils/log-index/row-check';
import { readTotal } from '../../../utils/log-index/total';
import databaseV2Mixed from '../db/examples/database-v2-mixed.json';
import { restoreDatabase, type SavedDatabase } from '../db/saved-database';
import { makeNoticeRecord, makePostData, storeCapture } from '../factories';

async function row(id: string): Promise<LogIndexRow | undefined> {
  return (await openConstatDB()).get('logIndex', id);
}

async function rowCount(): Promise<number> {
  return (await openConstatDB()).count('logIndex');
}

describe('the log index rows', () => {
  it('are written with a new report, in the same transaction', async () => {
    const { report } = await storeCapture({
      report: {
        extracted: makePostData({
          text: 'Dégage, sale étranger',
          author: { handle: 'Troll_1', name: 'Le Troll' },
        }),
      },
    });
    const stored = await row(report.id);
    expect(stored).toMatchObject({
      at: report.createdAt,
      platform: 'x',
      category: '',
      status: 'draft',
      author: 'troll_1|x',
      authorLabel: 'Le Troll (@Troll_1)',
    });
    expect(stored?.pending).toBeUndefined();
    expect(stored?.words).toEqual(expect.arrayContaining(['degage', 'etranger', 'troll', 'status']));
  });

  it('follow every edit: category, grounds, notes, author edits, a notice sent then answered', async () => {
    const { report } = await storeCapture();
    const notice = makeNoticeRecord({ sentAt: '2026-11-21T09:00:00.000Z' });
    await updateReport(report.id, (r) => ({
      ...r,
      categoryId: 'threats',
      grounds: ['religion'],
      notes: 'Signalé à la modération',
      edits: { authorHandle: { value: 'autre_compte', editedAt: r.createdAt } },
      notices: [notice],
    }));
    expect(await row(report.id)).toMatchObject({
      category: 'threats',
      groundKeys: ['religion'],
      pending: '2026-11-21T09:00:00.000Z',
      author: 'autre_compte|x',
    });
    expect((await row(report.id))?.words).toContain('moderation');

    await updateReport(report.id, (r) => ({
      ...r,
      notices: [
        { ...notice, steps: [{ kind: 'decision', at: '2026-11-22T09:00:00.000Z', decision: 'removed' }] },
      ],
    }));
    const answered = await row(report.id);
    expect(answered?.status).toBe('removed');
    expect(answered?.pending).toBeUndefined();
  });

  it('go with deleted reports, and all of them with a wiped log', async () => {
    const [a, b, c] = [await storeCapture(), await storeCapture(), await storeCapture()];
    await deleteReports([a.report.id]);
    expect(await row(a.report.id)).toBeUndefined();
    expect(await row(b.report.id)).toBeDefined();
    expect(await rowCount()).toBe(2);
    expect(await readTotal(await openConstatDB())).toBe(2);
    await wipeLog();
    expect(await row(c.report.id)).toBeUndefined();
    expect(await rowCount()).toBe(0);
    expect(await readTotal(await openConstatDB())).toBe(0);
    await storeCapture();
    expect(await readTotal(await openConstatDB())).toBe(1);
  });

  it('are written for imported reports', async () => {
    const { report } = await storeCapture({ report: { notes: 'importé depuis une autre machine' } });
    let blob: Blob | null = null;
    const sink = blobSink('application/json', (b) => {
      blob = b;
    });
    await writeLogExport(sink, await readLogSource(), { now: new Date(), extensionVersion: '0.1.0' });
    await sink.close();
    await closeConstatDB();
    globalThis.indexedDB = new IDBFactory();
    expect(await rowCount()).toBe(0);

    await importLogFile(blob as unknown as Blob, 'export.json');
    expect((await row(report.id))?.words).toContain('importe');
    expect(await readTotal(await openConstatDB())).toBe(1);
  });

  it('are built on open for a database from before layout 6, an unreadable record included', async () => {
    await restoreDatabase(databaseV2Mixed as SavedDatabase);
    const ids = (databaseV2Mixed.records.reports as { id: string }[]).map((r) => r.id);
    const db = await openConstatDB();
    expect((await db.getAllKeys('logIndex')).sort()).toEqual([...ids].sort());
    const unreadable = await db.getAllFromIndex('logIndex', 'byUnreadable');
    expect(unreadable.map((r) => r.id).sort()).toEqual([ids[2], ids[3]].sort());
    expect(unreadable.every((r) => r.status === 'unreadable')).toBe(true);
    expect(await readTotal(db)).toBe(ids.length);
  });

  it("are rebuilt by the list's check when rows are missing or left over", async () => {
    const [a, b] = [await storeCapture(), await storeCapture()];
    await closeConstatDB();
    const raw = await openDB(DB_NAME);
    await raw.delete('logIndex', a.report.id);
    await raw.put('logIndex', { ...(await raw.get('logIndex', b.report.id)), id: 'gone' });
    await raw.put('logIndex', { ...(await raw.get('logIndex', b.report.id)), id: 'gone-too' });
    raw.close();
    const db = await openConstatDB();
    expect(await checkRowsInSlices(db)).toBe(true);
    expect((await db.getAllKeys('logIndex')).sort()).toEqual([a.report.id, b.report.id].sort());
    expect(await readTotal(db)).toBe(2);
    expect(await checkRowsInSlices(db)).toBe(false);
  });

  it('are written again with whole words for a layout-6 database, whose rows held every prefix', async () => {
    const { report } = await storeCapture({
      report: { extracted: makePostData({ text: 'Menaces répétées' }) },
    });
    const current = await openConstatDB();
    const [stored, fresh] = [await current.get('reports', report.id), await row(report.id)];
    await closeConstatDB();
    globalThis.indexedDB = new IDBFactory();
    const layout6 = await openDB(DB_NAME, 6, { upgrade });
    await layout6.put('reports', stored as never);
    await layout6.put('logIndex', { ...(fresh as LogIndexRow), words: ['me', 'men', 'menaces'] });
    layout6.close();

    const words = (await row(report.id))?.words;
    expect(words).toEqual(expect.arrayContaining(['menaces', 'repetees']));
    expect(words).not.toContain('men');
    expect(await readTotal(await openConstatDB())).toBe(1);
  });
});
