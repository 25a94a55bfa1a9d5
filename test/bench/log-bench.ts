// The log as evidence in `npm run bench` (BENCH_ONLY=log runs only this; `npx tsx
// test/bench/log-bench.ts` runs it alone): export (JSON, CSV, ZIP), "Verify the log" and import, on
// synthetic logs of 10,000 and 100,000 reports (LOG_BENCH_SIZES=10000 for a shorter run), the first
// 1,000 with real-sized evidence (screenshot, crop, HTML, metadata). Runs the product's code in Node
// over fake-indexeddb: IndexedDB itself is not what is measured, the writers and checks are. Peak
// memory is the process's resident set, sampled while each step runs, and the same peak over the
// floor taken in the same run once the log is seeded and read (the database's own memory is in the
// floor, not in the step). Run under `node --expose-gc` for steadier floors. Returns the Markdown.
import './extension-globals';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { writeCsvExport } from '../../components/log/csv-export';
import { closeConstatDB, openConstatDB } from '../../utils/db/open';
import { sha256Hex } from '../../utils/evidence/hash';
import { writeLogExport } from '../../utils/export/log-export';
import { type LogSource, readLogSource } from '../../utils/export/log-source';
import type { ExportSink } from '../../utils/export/sink';
import { writeEvidenceBundle } from '../../utils/export/zip-bundle';
import { importLogFile } from '../../utils/import/import-log';
import { type ChainHead, chainEvents, type EventDraft } from '../../utils/log/event';
import { createdDraft, withReportState } from '../../utils/log/report-events';
import { verifyLog } from '../../utils/log/verify';
import type { EvidenceKind, EvidenceRecord, EvidenceRef } from '../../utils/model';
import { makeReport } from '../unit/factories';
import { ms } from './stats';

const SIZES = (process.env.LOG_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const WITH_FILES = 1000;
const MB = 1024 * 1024;

interface Sample {
  kind: EvidenceKind;
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
}

/** Random bytes, which compress as little as a real PNG does. */
function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let start = 0; start < size; start += 65536)
    crypto.getRandomValues(bytes.subarray(start, start + 65536));
  return bytes;
}

/** The files of a real capture, at the sizes a 1280×900 window of a busy page gives. */
async function samples(): Promise<Sample[]> {
  const html = new TextEncoder().encode('<article><p>A hateful post, captured.</p></article>\n'.repeat(400));
  const metadata = new TextEncoder().encode(JSON.stringify({ note: 'metadata', pad: 'x'.repeat(2000) }));
  const files: Omit<Sample, 'sha256'>[] = [
    { kind: 'screenshot', mime: 'image/png', bytes: randomBytes(250 * 1024) },
    { kind: 'post-crop', mime: 'image/png', bytes: randomBytes(60 * 1024) },
    { kind: 'html', mime: 'text/html;charset=utf-8', bytes: html },
    { kind: 'metadata', mime: 'application/json', bytes: metadata },
  ];
  return Promise.all(files.map(async (file) => ({ ...file, sha256: await sha256Hex(file.bytes) })));
}

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

/** Keeps what is written as Blob parts, as the download fallback of the log page does. */
function blobParts(): ExportSink & { parts: Blob[] } {
  return {
    parts: [],
    async write(chunk) {
      this.parts.push(new Blob([typeof chunk === 'string' ? chunk : chunk.slice()]));
    },
    async close() {},
    async abort() {},
  };
}

const rss = () => process.memoryUsage().rss;

function settledRss(): number {
  globalThis.gc?.();
  return rss();
}

interface Measured<T> {
  ms: number;
  peak: number;
  result: T;
}

async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  globalThis.gc?.();
  let peak = rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 20);
  const start = performance.now();
  const result = await run();
  const elapsed = performance.now() - start;
  clearInterval(timer);
  return { ms: elapsed, peak: Math.max(peak, rss()), result };
}

function reportWithFiles(i: number, files: readonly Sample[]) {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const id = crypto.randomUUID();
  const records: EvidenceRecord[] = files.map((file) => ({
    id: crypto.randomUUID(),
    reportId: id,
    kind: file.kind,
    mime: file.mime,
    size: file.bytes.byteLength,
    sha256: file.sha256,
    createdAt: at,
    bytes: file.bytes.slice().buffer,
  }));
  const evidence: EvidenceRef[] = records.map(({ id: fileId, kind, mime, size, sha256 }) => ({
    id: fileId,
    kind,
    mime,
    size,
    sha256,
  }));
  const report = makeReport({
    id,
    createdAt: at,
    updatedAt: at,
    statusHistory: [{ status: 'draft', at }],
    evidence,
  });
  return { report, records, at };
}

/** A fresh database holding `count` reports and their "created" events, in transactions of 1,000. */
async function seed(count: number): Promise<void> {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
  const db = await openConstatDB();
  const files = await samples();
  let head: ChainHead | null = null;
  for (let start = 0; start < count; start += 1000) {
    const batch: ReturnType<typeof reportWithFiles>[] = [];
    const drafts: EventDraft[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const made = reportWithFiles(i, i < WITH_FILES ? files : []);
      batch.push(made);
      drafts.push(...(await withReportState([createdDraft(made.report, made.at)], made.report)));
    }
    const events = await chainEvents(drafts, head);
    head = events.at(-1) ?? head;
    const tx = db.transaction(['reports', 'evidence', 'events'], 'readwrite');
    for (const { report, records } of batch) {
      void tx.objectStore('reports').put(report);
      for (const record of records) void tx.objectStore('evidence').put(record);
    }
    for (const event of events) void tx.objectStore('events').put(event);
    await tx.done;
  }
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

function row(what: string, n: number, m: Measured<unknown>, floor: number): string {
  return `| ${what} | ${n.toLocaleString('en')} | ${ms(m.ms)} | ${mb(m.peak)} | ${mb(Math.max(0, m.peak - floor))} |`;
}

/** The 1,000 reports with files, oldest first as seeded (the log lists newest first). */
const withFiles = (source: LogSource): LogSource => ({
  ...source,
  scope: 'selection',
  reports: source.reports.slice(-WITH_FILES),
});

async function benchSize(size: number, out: string[]): Promise<void> {
  // Each row as soon as it is measured: a 100,000-report run takes a while.
  const rows = {
    push(line: string) {
      out.push(line);
      console.error(line);
    },
  };
  await seed(size);
  const source = await readLogSource();
  const floor = settledRss();
  rows.push(`| *floor: ${size.toLocaleString('en')} reports seeded and read* | | | ${mb(floor)} | 0 MB |`);
  const json = await measure(() => writeLogExport(countingSink(), source, { extensionVersion: 'bench' }));
  rows.push(row(`JSON export (${WITH_FILES} with files inline)`, size, json, floor));
  const csv = await measure(() => writeCsvExport(countingSink(), source, 'en', null));
  rows.push(row('CSV export', size, csv, floor));
  const verify = await measure(() => verifyLog());
  rows.push(row(`Verify the log (${WITH_FILES} with their files)`, size, verify, floor));
  const zip = await measure(() =>
    writeEvidenceBundle(countingSink(), withFiles(source), { extensionVersion: 'bench' }),
  );
  rows.push(
    row(
      `ZIP bundle of ${WITH_FILES} reports with their files (target < 300 MB over the floor)`,
      WITH_FILES,
      zip,
      floor,
    ),
  );
  const kept = blobParts();
  await writeEvidenceBundle(kept, withFiles(source), { extensionVersion: 'bench' });
  const file = new Blob(kept.parts);
  // Into an empty log, so that every report is added: its floor is taken anew.
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
  await openConstatDB();
  const importFloor = settledRss();
  const imported = await measure(() => importLogFile(file, 'bench.zip'));
  rows.push(
    row(`Import of that ZIP (${mb(file.size)}), into an empty log`, WITH_FILES, imported, importFloor),
  );
}

export async function logBench(): Promise<string> {
  const rows: string[] = [];
  for (const size of SIZES) await benchSize(size, rows);
  return [
    '## The log as evidence',
    '',
    'Export, verify and import on synthetic logs, the product’s code run in Node over fake-indexeddb (not in Chromium); the first 1,000 reports have real-sized files (a 250 KB screenshot and a 60 KB crop, both incompressible like PNGs, a 20 KB HTML copy, 2 KB of metadata). Peak memory is the whole process’s resident set while the step runs, the database included; *over the floor* subtracts the resident set measured in the same run once the log was seeded and read.',
    '',
    '| step | reports | time | peak memory | over the floor |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('log-bench.ts')) console.log(await logBench());
