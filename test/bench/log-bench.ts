// The log as evidence in `npm run bench` (BENCH_ONLY=log runs only this; `npx tsx
// test/bench/log-bench.ts` runs it alone): export (JSON, CSV, ZIP), "Verify the log" and import, in
// Chromium with the built extension, run by the product's code in an extension page
// (log-bench-page.ts), on synthetic logs of 10,000 and 100,000 reports (LOG_BENCH_SIZES=10000 for a
// shorter run) written through the extension's storage code, 1,000 of them with real-sized files.
// The reports without files are seeded once into a cached browser profile (seed-page.ts's
// `launchSeeded`: seeding 100,000 takes half an hour), copied for each run; the reports with files
// are added to the copy once, and each step then runs in a browser of its own on a fresh copy of
// that profile, so that none inherits the memory another left behind.
// Time is measured in the page; memory is the browser's processes' resident set (browser-memory.ts),
// sampled while each step runs, over the floor taken in the step's own browser right before it.
// Returns the Markdown.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ConstatBrowser } from '../harness/constat-browser';
import { SEEDED_FILES } from '../harness/seed-files';
import { addTestPage, launchSeeded, type SeededBrowser } from '../harness/seed-page';
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
  load: string;
}

const line = ({ what, reports, time, peak, floor, load }: Row) =>
  `| ${what} | ${reports.toLocaleString('en')} | ${ms(time)} | ${mb(peak)} | ${mb(Math.max(0, peak - floor))} | ${load} |`;

/** Adds the reports with files to the seeded log; returns their ids. */
async function seedWithFiles(page: Page): Promise<string[]> {
  const withFiles: string[] = [];
  for (let from = 0; from < WITH_FILES; from += FILE_BATCH)
    withFiles.push(...(await call(page, 'seedWithFiles', from, Math.min(WITH_FILES, from + FILE_BATCH), 2)));
  return withFiles;
}

/** The machine's load average (1, 5 and 15 minutes, as `uptime` gives it). */
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');

/** The bench page in a browser started on its own copy of the seeded profile. */
interface Fresh {
  page: Page;
  close(): Promise<void>;
}

async function freshBrowser(seeded: SeededBrowser): Promise<Fresh> {
  const profileDir = mkdtempSync(join(tmpdir(), 'constat-log-bench-'));
  cpSync(seeded.profileDir, profileDir, { recursive: true });
  const browser = await ConstatBrowser.launch({ extension: seeded.extension, profileDir });
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('log-bench.html'));
  await page.waitForFunction(() => 'logBench' in globalThis);
  return {
    page,
    async close() {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The floor a step is measured over, taken right before it: once the browser's resident set has
 * settled (two readings a second apart within 2 MB, 20 s at most: a fresh browser opening a large
 * database keeps working for a while) and the page's garbage collected.
 */
async function floorBefore(page: Page): Promise<number> {
  let last = browserResidentSet();
  for (let waited = 0; waited < 20; waited++) {
    await pause(1000);
    const now = browserResidentSet();
    if (Math.abs(now - last) < 2 * MB) break;
    last = now;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return browserResidentSet();
}

/** Each step in a browser of its own on a fresh copy of the profile, over its own floor. */
async function benchSize(seeded: SeededBrowser, withFiles: string[], size: number, add: (row: Row) => void) {
  /** `prepare` readies the browser before the floor is taken; it returns the step's name. */
  const step = async (
    what: string,
    reports: number,
    run: (page: Page) => Promise<number>,
    prepare?: (page: Page) => Promise<string>,
  ) => {
    const fresh = await freshBrowser(seeded);
    try {
      const name = prepare ? await prepare(fresh.page) : what;
      const floor = await floorBefore(fresh.page);
      const begun = load();
      const { result, peak } = await peakDuring(() => run(fresh.page));
      add({ what: name, reports, time: result, peak, floor, load: begun });
    } finally {
      await fresh.close();
    }
  };
  await step(`JSON export (${WITH_FILES} with their files inline)`, size, (page) => call(page, 'json'));
  await step('CSV export', size, (page) => call(page, 'csv'));
  await step(`Verify the log (${WITH_FILES} with their files)`, size, (page) => call(page, 'verify'));
  await step(
    `ZIP bundle of ${WITH_FILES} reports with their files (target < 300 MB over the floor)`,
    WITH_FILES,
    (page) => call(page, 'zip', withFiles),
  );
  // The import's browser makes the bundle, holds it and empties the log before its floor.
  await step(
    'Import of that ZIP into an empty log',
    WITH_FILES,
    (page) => call(page, 'importZip'),
    async (page) => {
      const bytes = await call(page, 'keepZip', withFiles);
      await call(page, 'emptyLog');
      return `Import of that ZIP (${mb(bytes)}) into an empty log`;
    },
  );
}

/** The seeded profile with the reports with files added, its browser closed; their ids. */
async function seedProfile(size: number): Promise<{ seeded: SeededBrowser; withFiles: string[] }> {
  const start = performance.now();
  const seeded = await launchSeeded(size - WITH_FILES, { batch: SEED_BATCH }, { prepare: addBenchPage });
  console.error(
    `log bench: ${size - WITH_FILES} reports ${seeded.seeded ? 'seeded' : 'copied from the cache'} in ${ms(performance.now() - start)}`,
  );
  try {
    const page = await seeded.browser.context.newPage();
    await page.goto(seeded.browser.extensionUrl('log-bench.html'));
    await page.waitForFunction(() => 'logBench' in globalThis);
    const withFiles = await seedWithFiles(page);
    return { seeded, withFiles };
  } finally {
    await seeded.browser.close();
  }
}

export async function logBench(): Promise<string> {
  const rows: string[] = [];
  // Each row as soon as it is measured: a 100,000-report run takes a while.
  const add = (row: Row) => {
    rows.push(line(row));
    console.error(rows.at(-1));
  };
  for (const size of SIZES) {
    const { seeded, withFiles } = await seedProfile(size);
    try {
      await benchSize(seeded, withFiles, size, add);
    } finally {
      await seeded.close();
    }
  }
  return [
    '## The log as evidence',
    '',
    `Export, verify and import in Chromium with the built extension, run by the product’s code in an extension page as the log page runs them, on synthetic logs written through the extension’s storage code (the reports without files seeded once into a cached profile, then copied); 1,000 of the reports have real-sized files (${SEEDED_FILES}). Time is measured in the page. Exports are written to a sink that counts and drops the bytes (as a file picked on disk takes them); the imported ZIP is held as a Blob. Each step runs in a browser of its own, started on a fresh copy of the seeded profile (the reports with files added once, then copied with it), so that no step inherits what another left in memory. Peak memory is the resident set of all the browser’s processes (browser, renderers, GPU, utility) summed from /proc, sampled every 50 ms while the step runs; *over the floor* subtracts the same sum taken right before the step in its own browser, once the bench page was open, the resident set had settled and the page’s garbage was collected (\`HeapProfiler.collectGarbage\`; for the import: once the bundle was made and held and the log emptied).`,
    '',
    `The machine has 2 cores, shared with other jobs (other builds, tests and benches ran meanwhile): times are longer under load, and the load average (1, 5, 15 minutes, as \`uptime\` gives it) when each step began is in its row.`,
    '',
    '| step | reports | time | peak memory | over the floor | load when it began |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('log-bench.ts')) console.log(await logBench());
