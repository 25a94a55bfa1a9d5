// The log as evidence in `npm run bench` (BENCH_ONLY=log runs only this; `npx tsx
// test/bench/log-bench.ts` runs it alone): export (JSON, CSV, ZIP), "Verify the log" and import, in
// Chromium with the built extension, run by the product's code in an extension page
// (log-bench-page.ts), on synthetic logs of 10,000 and 100,000 reports (LOG_BENCH_SIZES=10000 for a
// shorter run) written through the extension's storage code, 1,000 of them with real-sized files.
// The reports without files are seeded once into a cached browser profile (seed-page.ts's
// `launchSeeded`: seeding 100,000 takes half an hour), copied for each run; the reports with files
// are added to the copy.
// Time is measured in the page; memory is the browser's processes' resident set (browser-memory.ts),
// sampled while each step runs, and the same peak over the floor taken in the same run once the log is
// seeded and the page open. Returns the Markdown.

import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ConstatBrowser } from '../harness/constat-browser';
import { SEEDED_FILES } from '../harness/seed-files';
import { addTestPage, launchSeeded } from '../harness/seed-page';
import { browserResidentSet, peakDuring } from './browser-memory';
import type { LogBenchSteps } from './log-bench-page';
import { ms } from './stats';

const SIZES = (process.env.LOG_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const WITH_FILES = 1000;
/** Reports with files written per transaction (about 16 MB). */
const FILE_BATCH = 50;
const MB = 1024 * 1024;

/** Adds `log-bench.html`, whose `logBench` runs the steps, to the seeded copy of the extension. */
const addBenchPage = (dir: string) =>
  addTestPage(dir, resolve(import.meta.dirname, 'log-bench-page.ts'), 'log-bench');

/** Reports without files written to a transaction when the cached profile is seeded. */
const SEED_BATCH = 2500;

type Step = keyof LogBenchSteps;

/** Calls one step of `logBench` in the page. */
function call<S extends Step>(
  page: Page,
  step: S,
  ...args: Parameters<LogBenchSteps[S]>
): Promise<Awaited<ReturnType<LogBenchSteps[S]>>> {
  return page.evaluate(
    ([name, rest]) =>
      (globalThis as unknown as { logBench: Record<string, (...a: unknown[]) => Promise<never>> }).logBench[
        name as string
      ]?.(...(rest as unknown[])) as Promise<never>,
    [step, args] as const,
  );
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

interface Row {
  what: string;
  reports: number;
  time: number;
  peak: number;
  floor: number;
}

const line = ({ what, reports, time, peak, floor }: Row) =>
  `| ${what} | ${reports.toLocaleString('en')} | ${ms(time)} | ${mb(peak)} | ${mb(Math.max(0, peak - floor))} |`;

/** Adds the reports with files to the seeded log; returns their ids. */
async function seedWithFiles(page: Page): Promise<string[]> {
  const withFiles: string[] = [];
  for (let from = 0; from < WITH_FILES; from += FILE_BATCH)
    withFiles.push(...(await call(page, 'seedWithFiles', from, Math.min(WITH_FILES, from + FILE_BATCH), 2)));
  return withFiles;
}

/** The machine's load average (1, 5 and 15 minutes, as `uptime` gives it) as each size's steps begin. */
const loads: string[] = [];

async function benchSize(browser: ConstatBrowser, size: number, rows: string[]): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('log-bench.html'));
  await page.waitForFunction(() => 'logBench' in globalThis);
  const withFiles = await seedWithFiles(page);
  // Each row as soon as it is measured: a 100,000-report run takes a while.
  const add = (row: Row) => {
    rows.push(line(row));
    console.error(rows.at(-1));
  };
  const floor = browserResidentSet();
  loads.push(
    `${size.toLocaleString('en')}: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')}`,
  );
  rows.push(
    `| *floor: ${size.toLocaleString('en')} reports seeded, bench page open* | | | ${mb(floor)} | 0 MB |`,
  );
  const step = async (what: string, reports: number, run: () => Promise<number>, from = floor) => {
    const { result, peak } = await peakDuring(run);
    add({ what, reports, time: result, peak, floor: from });
  };
  await step(`JSON export (${WITH_FILES} with their files inline)`, size, () => call(page, 'json'));
  await step('CSV export', size, () => call(page, 'csv'));
  await step(`Verify the log (${WITH_FILES} with their files)`, size, () => call(page, 'verify'));
  await step(
    `ZIP bundle of ${WITH_FILES} reports with their files (target < 300 MB over the floor)`,
    WITH_FILES,
    () => call(page, 'zip', withFiles),
  );
  const zipBytes = await call(page, 'keepZip', withFiles);
  await call(page, 'emptyLog');
  // The import's floor: the log emptied, the bundle kept as a Blob.
  const importFloor = browserResidentSet();
  await step(
    `Import of that ZIP (${mb(zipBytes)}) into an empty log`,
    WITH_FILES,
    () => call(page, 'importZip'),
    importFloor,
  );
  await page.close();
}

export async function logBench(): Promise<string> {
  const rows: string[] = [];
  for (const size of SIZES) {
    const start = performance.now();
    const seeded = await launchSeeded(size - WITH_FILES, { batch: SEED_BATCH }, { prepare: addBenchPage });
    console.error(
      `log bench: ${size - WITH_FILES} reports ${seeded.seeded ? 'seeded' : 'copied from the cache'} in ${ms(performance.now() - start)}`,
    );
    try {
      await benchSize(seeded.browser, size, rows);
    } finally {
      await seeded.close();
    }
  }
  return [
    '## The log as evidence',
    '',
    `Export, verify and import in Chromium with the built extension, run by the product’s code in an extension page as the log page runs them, on synthetic logs written through the extension’s storage code (the reports without files seeded once into a cached profile, then copied); 1,000 of the reports have real-sized files (${SEEDED_FILES}). Time is measured in the page. Exports are written to a sink that counts and drops the bytes (as a file picked on disk takes them); the imported ZIP is held as a Blob. Peak memory is the resident set of all the browser’s processes (browser, renderers, GPU, utility) summed from /proc, sampled every 50 ms while the step runs; *over the floor* subtracts the same sum taken in the same browser once the log was seeded and the page opened (for the import: once the log was emptied, the bundle held).`,
    '',
    `Load average of the machine (1, 5, 15 minutes, as \`uptime\` gives it) when the steps began, by log size: ${loads.join('; ')}. The machine has 2 cores, shared with other jobs: times are longer under load.`,
    '',
    '| step | reports | time | peak memory | over the floor |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('log-bench.ts')) console.log(await logBench());
