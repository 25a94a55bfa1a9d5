// The log as evidence in `npm run bench` (BENCH_ONLY=log runs only this): export (JSON, CSV, ZIP),
// "Verify the log" and import (`npx tsx test/bench/log-bench.ts` runs it alone), on synthetic logs of 10,000 and 100,000 reports, the first 1,000
// with real-sized screenshots. Runs the product's code in Node over fake-indexeddb (IndexedDB
// itself is not what is measured: the time and memory of the writers and checks are); peak memory
// is the process's resident set, sampled while each step runs. Returns the Markdown section.
import './extension-globals';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { writeCsvExport } from '../../components/log/csv-export';
import { closeConstatDB, openConstatDB } from '../../utils/db/open';
import { sha256Hex } from '../../utils/evidence/hash';
import { writeLogExport } from '../../utils/export/log-export';
import { readLogSource } from '../../utils/export/log-source';
import type { ExportSink } from '../../utils/export/sink';
import { writeEvidenceBundle } from '../../utils/export/zip-bundle';
import { importLogFile } from '../../utils/import/import-log';
import { chainEvents, type EventDraft } from '../../utils/log/event';
import { createdDraft, withReportState } from '../../utils/log/report-events';
import { verifyLog } from '../../utils/log/verify';
import type { EvidenceRecord } from '../../utils/model';
import { makeReport } from '../unit/factories';
import { ms } from './stats';

const SIZES = (process.env.LOG_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const WITH_FILES = 1000;
/** A screenshot of a 1280×900 window as a PNG of a busy page. */
const SCREENSHOT_BYTES = 250 * 1024;

/** Counts what is written and throws it away, so only the writer's own memory counts. */
function countingSink(): ExportSink & { bytes: number } {
  return {
    bytes: 0,
    async write(chunk) {
      this.bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
    },
    async close() {},
    async abort() {},
  };
}

async function measure<T>(run: () => Promise<T>): Promise<{ ms: number; peakMb: number; result: T }> {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const result = await run();
  const elapsed = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms: elapsed, peakMb: peak / 1024 / 1024, result };
}

async function seed(count: number): Promise<void> {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
  const db = await openConstatDB();
  const screenshot = new Uint8Array(SCREENSHOT_BYTES).map((_, i) => (i * 31) & 255);
  const screenshotSha = await sha256Hex(screenshot);
  let head = null;
  for (let start = 0; start < count; start += 1000) {
    const batch = [];
    const drafts: EventDraft[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const id = crypto.randomUUID();
      const files: EvidenceRecord[] =
        i < WITH_FILES
          ? [
              {
                id: crypto.randomUUID(),
                reportId: id,
                kind: 'screenshot',
                mime: 'image/png',
                size: SCREENSHOT_BYTES,
                sha256: screenshotSha,
                createdAt: at,
                bytes: screenshot.slice().buffer,
              },
            ]
          : [];
      const report = makeReport({
        id,
        createdAt: at,
        updatedAt: at,
        statusHistory: [{ status: 'draft', at }],
        evidence: files.map(({ id: fileId, kind, mime, size, sha256 }) => ({
          id: fileId,
          kind,
          mime,
          size,
          sha256,
        })),
      });
      batch.push({ report, files });
      drafts.push(...(await withReportState([createdDraft(report, at)], report)));
    }
    const events = await chainEvents(drafts, head);
    head = events.at(-1) ?? head;
    const tx = db.transaction(['reports', 'evidence', 'events'], 'readwrite');
    for (const { report, files } of batch) {
      void tx.objectStore('reports').put(report);
      for (const file of files) void tx.objectStore('evidence').put(file);
    }
    for (const event of events) void tx.objectStore('events').put(event);
    await tx.done;
  }
}

const row = (what: string, n: number, m: { ms: number; peakMb: number }) =>
  `| ${what} | ${n.toLocaleString('en')} | ${ms(m.ms)} | ${m.peakMb.toFixed(0)} MB |`;

export async function logBench(): Promise<string> {
  const rows: string[] = [];
  for (const size of SIZES) {
    await seed(size);
    const source = await readLogSource();
    const noFiles = { ...source, evidence: async () => [] };
    const json = await measure(() => writeLogExport(countingSink(), noFiles, { extensionVersion: 'bench' }));
    rows.push(row('JSON export (without files)', size, json));
    const csv = await measure(() => writeCsvExport(countingSink(), source, 'en', null));
    rows.push(row('CSV export', size, csv));
    const verify = await measure(() => verifyLog());
    rows.push(row(`Verify the log (${WITH_FILES} with screenshots)`, size, verify));
    if (size === SIZES[0]) {
      const withFiles = { ...source, reports: source.reports.slice(-WITH_FILES) };
      const parts: Uint8Array[] = [];
      const keep: ExportSink = {
        write: async (c) => void parts.push(c as Uint8Array),
        close: async () => {},
        abort: async () => {},
      };
      const zip = await measure(() =>
        writeEvidenceBundle(countingSink(), withFiles, { extensionVersion: 'bench' }),
      );
      rows.push(row(`ZIP bundle (${WITH_FILES} reports with screenshots; target < 300 MB)`, WITH_FILES, zip));
      await writeEvidenceBundle(keep, withFiles, { extensionVersion: 'bench' });
      const file = new Blob(parts as BlobPart[]);
      await closeConstatDB();
      globalThis.indexedDB = new IDBFactory();
      const imported = await measure(() => importLogFile(file, 'bench.zip'));
      rows.push(row(`Import of that ZIP (${(file.size / 1024 / 1024).toFixed(0)} MB)`, WITH_FILES, imported));
    }
  }
  return [
    '## The log as evidence',
    '',
    'Export, verify and import on synthetic logs, the product’s code run in Node over fake-indexeddb (not in Chromium); peak memory is the whole process’s resident set while the step runs, the database included.',
    '',
    '| step | reports | time | peak memory |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('log-bench.ts')) console.log(await logBench());
