import { IDBFactory } from 'fake-indexeddb';
import { Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listEvents } from '../../../utils/db/events';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { getEvidence, getReport, updateReport } from '../../../utils/db/reports';
import { LogExportError, writeLogExport } from '../../../utils/export/log-export';
import { readLogSource } from '../../../utils/export/log-source';
import { writeEvidenceBundle } from '../../../utils/export/zip-bundle';
import { importLogFile } from '../../../utils/import/import-log';
import { verifyLog } from '../../../utils/log/verify';
import { collectExport } from '../export/collect-export';
import { storeCapture } from '../factories';

const NOW = new Date('2026-11-25T10:00:00.000Z');

async function exportedJson(): Promise<Blob> {
  const source = await readLogSource();
  return collectExport((sink) => writeLogExport(sink, source, { now: NOW, extensionVersion: '0.1.0' }));
}

async function exportedZip(): Promise<Blob> {
  const source = await readLogSource();
  return collectExport((sink) => writeEvidenceBundle(sink, source, { now: NOW, extensionVersion: '0.1.0' }));
}

/** Another browser: an empty database. */
async function freshProfile() {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
}

async function twoReports() {
  const a = await storeCapture();
  const b = await storeCapture();
  await updateReport(a.report.id, (r) => ({
    ...r,
    notes: 'seen again',
    categoryId: 'threats',
    attackTarget: 'Asso Égalité',
  }));
  return [a, b];
}

async function expectRefused(file: Blob, message: RegExp) {
  const before = await (await openConstatDB()).count('reports');
  const eventsBefore = (await listEvents()).length;
  const error = await importLogFile(file, 'file').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LogExportError);
  expect((error as Error).message).toMatch(message);
  expect(await (await openConstatDB()).count('reports')).toBe(before);
  expect(await listEvents()).toHaveLength(eventsBefore);
}

const jsonBlob = (text: string) => new Blob([text], { type: 'application/json' });

describe('import', () => {
  it.each([
    ['JSON export', exportedJson],
    ['ZIP bundle', exportedZip],
  ])(
    'brings a %s into another profile whole, with an "imported" event per report and a clean verify',
    async (_name, make) => {
      const [a] = await twoReports();
      const file = await make();
      await freshProfile();
      expect(await importLogFile(file, 'export')).toEqual({ added: 2, merged: 0, refused: 0 });
      expect((await getReport(a!.report.id))?.notes).toBe('seen again');
      expect((await getReport(a!.report.id))?.attackTarget).toBe('Asso Égalité');
      expect((await getEvidence(a!.report.id)).map((e) => e.sha256).sort()).toEqual(
        a!.evidence.map((e) => e.sha256).sort(),
      );
      const events = await listEvents();
      expect(events.map((e) => e.type)).toEqual(['imported', 'imported']);
      expect((events.find((e) => e.reportId === a!.report.id)!.data.history as unknown[]).length).toBe(4);
      expect((await verifyLog()).findings).toEqual([]);
    },
  );

  it('merges reports already here by id, writing nothing twice', async () => {
    await twoReports();
    const file = await exportedJson();
    const before = (await listEvents()).length;
    expect(await importLogFile(file, 'export.json')).toEqual({ added: 0, merged: 2, refused: 0 });
    expect(await listEvents()).toHaveLength(before);
  });

  it('counts the records the file lists as unreadable as refused', async () => {
    await twoReports();
    const json = JSON.parse(await (await exportedJson()).text());
    json.unreadable = [{ id: 'broken', error: 'unreadable at export' }];
    await freshProfile();
    expect(await importLogFile(jsonBlob(JSON.stringify(json)), 'export.json')).toMatchObject({
      added: 2,
      refused: 1,
    });
  });

  it('refuses a truncated JSON file', async () => {
    await twoReports();
    const text = await (await exportedJson()).text();
    await expectRefused(
      jsonBlob(text.slice(0, text.length / 2)),
      /not valid JSON \(near character \d+\); the file is truncated/,
    );
  });

  it('refuses wrong types, naming the field', async () => {
    await twoReports();
    const json = JSON.parse(await (await exportedJson()).text());
    json.reports[0].report.notes = 42;
    await expectRefused(jsonBlob(JSON.stringify(json)), /malformed[\s\S]*notes/);
  });

  it('refuses __proto__ keys without touching any prototype', async () => {
    await twoReports();
    const text = await (await exportedJson()).text();
    const hostile = text.replace('"reports":[', '"__proto__":{"polluted":true},"reports":[');
    await expectRefused(jsonBlob(hostile), /"__proto__" is not allowed/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses a 100 MB string', async () => {
    const huge = `{"format":"constat-log","formatVersion":2,"extensionVersion":"${'a'.repeat(100 * 1024 * 1024)}"}`;
    await expectRefused(jsonBlob(huge), /"extensionVersion" is \d+ characters long/);
  }, 120_000);

  it('refuses a file from a newer Constat', async () => {
    await expectRefused(
      jsonBlob('{"format":"constat-log","formatVersion":99}'),
      /format version 99.*newer Constat/,
    );
  });

  it('refuses a file whose history was edited, naming the event', async () => {
    await twoReports();
    const json = JSON.parse(await (await exportedJson()).text());
    json.events[1].data.evidence = [];
    await freshProfile();
    await expectRefused(jsonBlob(JSON.stringify(json)), /event #2 was altered/);
  });

  it('refuses a file whose report was edited after the export', async () => {
    await twoReports();
    const json = JSON.parse(await (await exportedJson()).text());
    json.reports[0].report.notes = 'rewritten';
    await freshProfile();
    await expectRefused(jsonBlob(JSON.stringify(json)), /differs from the state its history recorded/);
  });

  it('refuses a ZIP with ../ paths', async () => {
    const zip = zipSync({
      'manifest.json': new TextEncoder().encode('{}'),
      '../escape.txt': new Uint8Array([1]),
    });
    await expectRefused(new Blob([zip]), /“\.\.\/escape\.txt” points outside the bundle/);
  });

  it('refuses a ZIP bomb, counting what it really inflates to', async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((_error, chunk) => chunks.push(chunk));
    const entry = new ZipDeflate('manifest.json', { level: 9 });
    zip.add(entry);
    const zeros = new Uint8Array(1024 * 1024);
    for (let i = 0; i < 100; i++) entry.push(zeros, i === 99);
    zip.end();
    const bomb = new Blob(chunks as BlobPart[]);
    expect(bomb.size).toBeLessThan(1024 * 1024);
    await expectRefused(bomb, /ZIP bomb/);
  }, 120_000);

  it('refuses a truncated ZIP', async () => {
    await twoReports();
    const zip = new Uint8Array(await (await exportedZip()).arrayBuffer());
    await freshProfile();
    await expectRefused(new Blob([zip.slice(0, zip.length / 2)]), /file|missing|damaged|readable/);
  }, 60_000);
});
