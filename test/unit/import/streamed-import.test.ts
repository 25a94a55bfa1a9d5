import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listEvents } from '../../../utils/db/events';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { getEvidence } from '../../../utils/db/reports';
import { LogExportError, writeLogExport } from '../../../utils/export/log-export';
import { readLogSource } from '../../../utils/export/log-source';
import { writeEvidenceBundle } from '../../../utils/export/zip-bundle';
import { importLogFile } from '../../../utils/import/import-log';
import { collectExport } from '../export/collect-export';
import { storeCapture } from '../factories';

const NOW = new Date('2026-11-25T10:00:00.000Z');

const exportedJson = async () => {
  const source = await readLogSource();
  return collectExport((sink) => writeLogExport(sink, source, { now: NOW, extensionVersion: '0.1.0' }));
};

const exportedZip = async () => {
  const source = await readLogSource();
  return collectExport((sink) => writeEvidenceBundle(sink, source, { now: NOW, extensionVersion: '0.1.0' }));
};

async function freshProfile() {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
}

/** The file as a Blob that can only be streamed (or sliced): reading it whole fails the test. */
function streamOnly(file: Blob): Blob {
  return new Proxy(file, {
    get(target, key) {
      if (key === 'arrayBuffer' || key === 'text' || key === 'bytes')
        return () => Promise.reject(new Error('the import read the whole file into memory'));
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function expectRefused(file: Blob, message: RegExp) {
  const error = await importLogFile(file, 'file').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LogExportError);
  expect((error as Error).message).toMatch(message);
  expect(await (await openConstatDB()).count('reports')).toBe(0);
  expect(await listEvents()).toHaveLength(0);
}

const lines = async (file: Blob) => (await file.text()).split('\n');
const jsonBlob = (text: string) => new Blob([text], { type: 'application/json' });

describe('streamed import', () => {
  it.each([
    ['JSON export', exportedJson],
    ['ZIP bundle', exportedZip],
  ])('reads a %s as a stream, never whole', async (_name, make) => {
    const a = await storeCapture();
    await storeCapture();
    const file = streamOnly(await make());
    await freshProfile();
    expect(await importLogFile(file, 'export')).toEqual({ added: 2, merged: 0, refused: 0 });
    expect((await getEvidence(a.report.id)).map((e) => e.sha256).sort()).toEqual(
      a.evidence.map((e) => e.sha256).sort(),
    );
  });

  it('still imports a JSON export laid out otherwise (pretty-printed), read whole', async () => {
    await storeCapture();
    const json = JSON.parse(await (await exportedJson()).text());
    await freshProfile();
    const pretty = jsonBlob(JSON.stringify(json, null, 2));
    expect(await importLogFile(pretty, 'export.json')).toMatchObject({ added: 1 });
  });

  it('refuses a JSON export cut after a whole report line, saying where it ends', async () => {
    await storeCapture();
    await storeCapture();
    const kept = (await lines(await exportedJson())).slice(0, 2).join('\n');
    await freshProfile();
    await expectRefused(jsonBlob(kept), /ends inside its list of reports/);
  });

  it('names the report of a line that carries a __proto__ key', async () => {
    await storeCapture();
    await storeCapture();
    const all = await lines(await exportedJson());
    all[2] = all[2]!.replace('{"report":{', '{"report":{"__proto__":{"polluted":true},');
    await freshProfile();
    await expectRefused(jsonBlob(all.join('\n')), /report 2.*"__proto__" is not allowed/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses a header field written again after the reports', async () => {
    await storeCapture();
    const all = await lines(await exportedJson());
    const tail = all.findIndex((line) => line.startsWith('],"unreadable"'));
    all[tail] = all[tail]!.replace('],"unreadable"', '],"formatVersion":1,"unreadable"');
    await freshProfile();
    await expectRefused(jsonBlob(all.join('\n')), /a field appears twice/);
  });

  it('refuses evidence that is not base64, naming the report and the file', async () => {
    await storeCapture();
    const all = await lines(await exportedJson());
    all[1] = all[1]!.replace(/"base64":"[^"]{4}/, '"base64":"!!!!');
    await freshProfile();
    await expectRefused(jsonBlob(all.join('\n')), /report 1.*(not valid base64|malformed)/s);
  });

  it('refuses a bundle whose screenshot changed by one byte, naming the report folder', async () => {
    const { report } = await storeCapture();
    const files = unzipSync(new Uint8Array(await (await exportedZip()).arrayBuffer()));
    const screenshot = Object.keys(files).find((path) => path.endsWith('/screenshot.png'))!;
    files[screenshot]![0]! ^= 1;
    await freshProfile();
    await expectRefused(new Blob([zipSync(files)]), new RegExp(`${report.id}.*SHA-256 does not match`, 's'));
  });

  it('refuses a bundle listing one report twice', async () => {
    await storeCapture();
    const files = unzipSync(new Uint8Array(await (await exportedZip()).arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    const folder = (manifest.files as { path: string }[])
      .find((f) => f.path.endsWith('/report.json'))!
      .path.replace('/report.json', '');
    for (const path of Object.keys(files).filter((p) => p.startsWith(folder))) {
      files[path.replace(folder, `${folder}-copy`)] = files[path]!;
    }
    manifest.files.push({ path: `${folder}-copy/report.json` });
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    await freshProfile();
    await expectRefused(new Blob([zipSync(files)]), /appears twice/);
  });
});
