import { writeCsvExport } from '../../components/log/csv-export';
import { closeConstatDB, openConstatDB } from '../../utils/db/open';
import { DB_NAME } from '../../utils/db/schema';
import { writeLogExport } from '../../utils/export/log-export';
import { readLogSource } from '../../utils/export/log-source';
import { blobSink, type ExportSink } from '../../utils/export/sink';
import { writeEvidenceBundle } from '../../utils/export/zip-bundle';
import { importLogFile } from '../../utils/import/import-log';
import { verifyLog } from '../../utils/log/verify';
import { seedReportsWithFiles } from '../harness/seed-files';

// Bundled into an extra page of a copy of the built extension (log-bench.ts): the log's exports,
// "Verify the log" and import, run by the product's own code in an extension page as the log page
// runs them, each timed here, in the page. What is written is counted and dropped, as a file the
// person picked on disk would take it; the ZIP that is imported is kept as a Blob, as the download
// fallback does.

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

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const version = { extensionVersion: 'bench' };
let bundle: Blob | null = null;

const steps = {
  seedWithFiles: seedReportsWithFiles,
  json: () => timed(async () => writeLogExport(countingSink(), await readLogSource(), version)),
  csv: () => timed(async () => writeCsvExport(countingSink(), await readLogSource(), 'en', null)),
  verify: () => timed(() => verifyLog()),
  zip: (ids: string[]) =>
    timed(async () => writeEvidenceBundle(countingSink(), await readLogSource(ids), version)),
  /** Makes the bundle that is then imported; returns its size in bytes. */
  keepZip: async (ids: string[]) => {
    const sink = blobSink('application/zip', (blob) => {
      bundle = blob;
    });
    await writeEvidenceBundle(sink, await readLogSource(ids), version);
    await sink.close();
    return bundle?.size ?? 0;
  },
  /** Deletes the extension's database: the import goes into an empty log. */
  emptyLog: async () => {
    await closeConstatDB();
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    await openConstatDB();
  },
  importZip: () =>
    timed(async () => {
      if (!bundle) throw new Error('No bundle kept');
      await importLogFile(bundle, 'bench.zip');
    }),
};

export type LogBenchSteps = typeof steps;
Object.assign(globalThis, { logBench: steps });
