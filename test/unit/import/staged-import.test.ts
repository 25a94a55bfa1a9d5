import { IDBFactory } from 'fake-indexeddb';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '../../../utils/db/errors';
import { listEvents } from '../../../utils/db/events';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { getEvidence, saveCapture } from '../../../utils/db/reports';
import { LogExportError, writeLogExport } from '../../../utils/export/log-export';
import { readLogSource } from '../../../utils/export/log-source';
import { writeEvidenceBundle } from '../../../utils/export/zip-bundle';
import { importLogFile } from '../../../utils/import/import-log';
import { removeAbandonedImports, Staging, withStaging } from '../../../utils/import/staging';
import { verifyLog } from '../../../utils/log/verify';
import { collectExport } from '../export/collect-export';
import { makeCapture, storeCapture } from '../factories';

// An import stages the files it reads, then adds everything in one transaction: whatever goes
// wrong on the way, the log is as it was and nothing staged stays behind.

const NOW = new Date('2026-11-25T10:00:00.000Z');

const options = { now: NOW, extensionVersion: '0.1.0' };
const exportedZip = async () => {
  const source = await readLogSource();
  return collectExport((sink) => writeEvidenceBundle(sink, source, options));
};
const exportedJson = async () => {
  const source = await readLogSource();
  return collectExport((sink) => writeLogExport(sink, source, options));
};

async function freshProfile() {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
}

const staged = async () => (await openConstatDB()).count('importStaging');

/** The log holds `reports` reports and `events` events, and nothing is staged. */
async function expectLog(reports: number, events: number) {
  expect(await (await openConstatDB()).count('reports')).toBe(reports);
  expect(await (await openConstatDB()).count('evidence')).toBe(reports * 4);
  expect(await listEvents()).toHaveLength(events);
  expect(await staged()).toBe(0);
}

/** One Web Lock manager, as a browser's: a held name is not available to anyone else. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    async request(name: string, ...args: unknown[]) {
      const [options, work] = (args.length === 1 ? [{}, args[0]] : args) as [
        { ifAvailable?: boolean },
        (lock: { name: string } | null) => Promise<unknown>,
      ];
      if (held.has(name)) {
        if (options.ifAvailable) return work(null);
        throw new Error('the fake waits for no one');
      }
      held.add(name);
      try {
        return await work({ name });
      } finally {
        held.delete(name);
      }
    },
  } as unknown as LockManager;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an import staged, then added at once', () => {
  it('leaves nothing staged once the reports are in the log', async () => {
    await storeCapture();
    await storeCapture();
    const zip = await exportedZip();
    const json = await exportedJson();
    await freshProfile();
    expect(await importLogFile(zip, 'bundle.zip')).toMatchObject({ added: 2 });
    await expectLog(2, 2);
    // The same reports again: merged, nothing written, their staged files dropped all the same.
    expect(await importLogFile(json, 'export.json')).toMatchObject({ added: 0, merged: 2 });
    await expectLog(2, 2);
  });

  it('changes nothing when the bundle’s last report is bad, and removes what was staged before it', async () => {
    const { report: kept } = await storeCapture();
    await storeCapture({ report: { createdAt: '2026-11-01T08:00:00.000Z' } });
    const files = unzipSync(new Uint8Array(await (await exportedZip()).arrayBuffer()));
    // The bundle lists the newest first: the oldest report's folder is read last.
    const last = Object.keys(files)
      .filter((path) => path.endsWith('/screenshot.png'))
      .find((path) => !path.includes(kept.id));
    files[last as string]![0]! ^= 1;
    await freshProfile();
    await storeCapture();
    const error = await importLogFile(new Blob([zipSync(files)]), 'bundle.zip').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogExportError);
    expect((error as Error).message).toMatch(/SHA-256 does not match/);
    await expectLog(1, 1);
  });

  it('changes nothing when a JSON export’s last report is bad, after the first was staged', async () => {
    await storeCapture();
    await storeCapture();
    const lines = (await (await exportedJson()).text()).split('\n');
    lines[2] = (lines[2] as string).replace(/"sha256":"[0-9a-f]/, '"sha256":"x');
    await freshProfile();
    const written = vi.spyOn(Staging.prototype, 'add');
    const error = await importLogFile(new Blob([lines.join('\n')]), 'export.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogExportError);
    expect(written).toHaveBeenCalled();
    await expectLog(0, 0);
  });

  it('writes staged files a few megabytes at a time, and removes the written ones when the import fails', async () => {
    const db = await openConstatDB();
    await withStaging(db, async (running) => {
      await running.put('reports/a/screenshot.png', new Uint8Array(9 * 1024 * 1024));
      await running.put('reports/a/metadata.json', new Uint8Array([123, 125]));
      // The large file filled a transaction and was written; the small one waits for the next.
      expect(await staged()).toBe(1);
      throw new Error('the import fails');
    }).catch(() => undefined);
    expect(await staged()).toBe(0);
  });

  it('says the disk is full when staging fails for want of space, and keeps the log as it was', async () => {
    await storeCapture();
    await storeCapture();
    const zip = await exportedZip();
    await freshProfile();
    await storeCapture();
    const put = IDBObjectStore.prototype.put;
    let stagedFiles = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'importStaging' && ++stagedFiles > 5) {
        throw new DOMException('The quota was exceeded', 'QuotaExceededError');
      }
      return put.apply(this, args);
    });
    const error = await importLogFile(zip, 'bundle.zip').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('quota');
    vi.restoreAllMocks();
    await expectLog(1, 1);
  });

  it('removes at the next opening what an import killed mid-way left, but not a running import’s', async () => {
    const db = await openConstatDB();
    const locks = fakeLocks();
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    await db.put('importStaging', { importId: 'killed', name: 'reports/a/screenshot.png', bytes });
    await db.put('importStaging', { importId: 'killed', name: 'reports/b/screenshot.png', bytes });
    await withStaging(
      db,
      async (running) => {
        await running.put('reports/c/screenshot.png', new Uint8Array(bytes));
        expect(await removeAbandonedImports(db, locks)).toBe(1);
        expect(await running.get('reports/c/screenshot.png')).toEqual(new Uint8Array(bytes));
        expect(await staged()).toBe(1);
        throw new Error('the import fails');
      },
      locks,
    ).catch(() => undefined);
    expect(await staged()).toBe(0);
    // A page killed mid-import: its files are there when the database is next opened, then gone.
    await db.put('importStaging', { importId: 'killed', name: 'manifest.json', bytes });
    await closeConstatDB();
    expect(await staged()).toBe(0);
  });
  it('removes the files it moved ahead when its final transaction fails, and keeps the log as it was', async () => {
    await storeCapture();
    await storeCapture();
    const zip = await exportedZip();
    await freshProfile();
    await storeCapture();
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'events') throw new DOMException('The quota was exceeded', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const error = await importLogFile(zip, 'bundle.zip').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    await expectLog(1, 1);
  });

  it('removes at the next opening the files a killed import had moved ahead into the log’s store', async () => {
    const db = await openConstatDB();
    const { report, evidence } = await makeCapture();
    const [file] = evidence;
    await db.put('evidence', file!);
    await db.put('importStaging', {
      importId: 'killed',
      name: `\0moved/${report.id}/${file!.id}`,
      bytes: new ArrayBuffer(0),
    });
    await closeConstatDB();
    expect(await staged()).toBe(0);
    expect(await (await openConstatDB()).count('evidence')).toBe(0);
  });

  it.each([
    ['ZIP bundle', exportedZip],
    ['JSON export', exportedJson],
  ])('writes each file of a %s once, straight into the log’s store under a mark', async (_name, make) => {
    await storeCapture();
    await storeCapture();
    const file = await make();
    await freshProfile();
    await openConstatDB();
    const writes: string[] = [];
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        const value = args[0] as { bytes?: ArrayBuffer };
        if (value?.bytes?.byteLength) writes.push(this.name);
        return original.apply(this, args);
      });
    }
    expect(await importLogFile(file, 'file')).toMatchObject({ added: 2 });
    expect(writes).toEqual(Array(8).fill('evidence'));
    vi.restoreAllMocks();
    await expectLog(2, 2);
    expect((await verifyLog()).findings).toEqual([]);
  });

  it('keeps the files written ahead out of "Verify the log" and exports until the import adds their reports', async () => {
    await storeCapture();
    const { report, evidence } = await makeCapture();
    const db = await openConstatDB();
    await withStaging(db, async (running) => {
      const files = evidence.map((record) => ({ name: `${report.id}/${record.id}`, record }));
      await running.add(report.id, files);
      await running.flush();
      expect(await db.count('evidence')).toBe(8);
      expect((await verifyLog()).findings).toEqual([]);
      // Nor does an export made meanwhile carry them.
      const exported = JSON.parse(await (await exportedJson()).text());
      expect(exported.reports.flatMap((entry: { evidence: unknown[] }) => entry.evidence)).toHaveLength(4);
      expect(JSON.stringify(exported)).not.toContain(report.id);
      throw new Error('the import fails');
    }).catch(() => undefined);
    expect(await db.count('evidence')).toBe(4);
  });

  it('still imports a bundle whose report.json comes before its files, staging them meanwhile', async () => {
    await storeCapture();
    await storeCapture();
    const files = unzipSync(new Uint8Array(await (await exportedZip()).arrayBuffer()));
    const reportsFirst = Object.fromEntries(
      Object.entries(files).sort(
        ([a], [b]) => Number(!a.endsWith('report.json')) - Number(!b.endsWith('report.json')),
      ),
    );
    await freshProfile();
    expect(await importLogFile(new Blob([zipSync(reportsFirst)]), 'bundle.zip')).toMatchObject({ added: 2 });
    await expectLog(2, 2);
    expect((await verifyLog()).findings).toEqual([]);
  });

  it.each([
    ['ZIP bundle', exportedZip],
    ['JSON export', exportedJson],
  ])(
    'refuses a %s whose file has the id of another report’s stored file, which stays as it was',
    async (_name, make) => {
      const { evidence } = await storeCapture();
      const file = await make();
      await freshProfile();
      const other = await makeCapture();
      const [taken] = evidence;
      other.evidence[0] = { ...other.evidence[0]!, id: taken!.id };
      other.report.evidence[0] = { ...other.report.evidence[0]!, id: taken!.id };
      await saveCapture(other.report, other.evidence);
      const error = await importLogFile(file, 'file').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LogExportError);
      expect((error as LogExportError).problem).toBe('logFileEvidenceIdTaken');
      expect((error as Error).message).toContain(other.report.id);
      await expectLog(1, 1);
      expect((await getEvidence(other.report.id)).map((record) => record.sha256).sort()).toEqual(
        other.evidence.map((record) => record.sha256).sort(),
      );
    },
  );

  it('fails cleanly when a file write is refused once issued (as a full disk refuses it)', async () => {
    // The transaction aborts under requests already issued: vitest fails the run on any rejection
    // left without a handler (idb's `tx.done` among them).
    await storeCapture();
    await storeCapture();
    const zip = await exportedZip();
    await freshProfile();
    const { evidence } = await storeCapture();
    const add = IDBObjectStore.prototype.add;
    let files = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'evidence' && ++files === 3)
        return add.call(this, { ...(args[0] as object), id: evidence[0]!.id });
      return add.apply(this, args);
    });
    const error = await importLogFile(zip, 'bundle.zip').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    await expectLog(1, 1);
  });
});
