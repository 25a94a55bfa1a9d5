// `npm run bench`: speed of a report in real Chromium with the built extension, per platform, on
// its heaviest case, beside the floor measured in the same run on the same page (one screenshot,
// its crop and a SHA-256, nothing else); and the weight of the script injected on every platform
// page; then the notice flow, right-click to a filled reporting form (notices-bench.ts). Prints the
// Markdown tables and writes them to test/bench/RESULTS.md.
import './extension-globals';
import '../harness/node-catalogues';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Case, loadCases } from '../harness/case-contract';
import { ConstatBrowser, extensionDir } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';
import { logBench } from './log-bench';
import { logUiBench } from './log-ui-bench';
import { modelBench } from './model-bench';
import { noticesBench } from './notices-bench';
import { pileonBench } from './pileon-bench';
import { mergeResults } from './results-file';
import { ms, quantile } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// Each notice run opens a post, the composer and a form: fewer runs.
const NOTICE_RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=x,reddit measures only those platforms, BENCH_ONLY=notices only the notice flow,
// BENCH_ONLY=model only the trained model, without a browser, BENCH_ONLY=pileon only pile-on mode,
// BENCH_ONLY=log only the log's exports, verify and import, in browsers of their own, BENCH_ONLY=logui
// only the log page at scale, in its own browsers. Only the sections measured are replaced in RESULTS.md.
const only = process.env.BENCH_ONLY?.split(',');
const sectionNames = ['notices', 'model', 'pileon', 'log', 'logui'];
const platforms = only?.filter((name) => !sectionNames.includes(name));
// Chrome allows two screenshots a second: runs are spaced so that no run waits for the previous.
const PAUSE_MS = 1100;
const RESULTS = 'test/bench/RESULTS.md';
const sleep = (duration: number) => new Promise((resolve) => setTimeout(resolve, duration));

/** The heaviest case (largest page) of each platform folder. */
function heaviestCases(dir: string): Case[] {
  const byPlatform = new Map<string, Case>();
  for (const c of loadCases(dir)) {
    const best = byPlatform.get(c.case.platform);
    if (!best || statSync(c.htmlPath).size > statSync(best.htmlPath).size) byPlatform.set(c.case.platform, c);
  }
  return [...byPlatform.values()];
}

/** One screenshot + crop of the post's box + SHA-256, from an extension page: the floor. */
async function floorOnce(browser: ConstatBrowser, page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  const control = await browser.control();
  return control.evaluate(async (rect) => {
    const start = performance.now();
    const dataUrl = await chrome.tabs.captureVisibleTab({ format: 'png' });
    const blob = await (await fetch(dataUrl)).blob();
    const w = Math.max(1, Math.round(rect?.width ?? 1));
    const h = Math.max(1, Math.round(rect?.height ?? 1));
    const bitmap = await createImageBitmap(blob, Math.round(rect?.x ?? 0), Math.round(rect?.y ?? 0), w, h);
    const canvas = new OffscreenCanvas(w, h);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    await crypto.subtle.digest('SHA-256', await png.arrayBuffer());
    return performance.now() - start;
  }, box);
}

interface Bench {
  url: string;
  html: string;
  target: string;
  name: string;
}

const benchOf = (c: Case): Bench => ({
  url: c.case.url,
  html: readFileSync(c.htmlPath, 'utf8'),
  target: c.case.target,
  name: c.name,
});

async function benchCase(browser: ConstatBrowser, c: Bench) {
  const page = await browser.openPage(c.url, c.html);
  await browser.grantActiveTab(page);
  const tabId = await browser.tabIdOf(page);
  const report: number[] = [];
  const floor: number[] = [];
  let parts = 0;
  let zoom: number | null = null;
  for (let run = 0; run < RUNS; run++) {
    const menu = await rightClick(page, c.target);
    await browser.grantActiveTab(page);
    await sleep(PAUSE_MS);
    const start = performance.now();
    const outcome = await browser.requestReport(tabId, menu);
    report.push(performance.now() - start);
    if (!outcome.ok) throw new Error(`${c.name}: ${outcome.error}`);
    const meta = (await browser.readReport(outcome.reportId))?.meta;
    parts = meta?.cropParts ?? 0;
    zoom = meta?.captureZoom ?? null;
    await browser.closeOtherPages(page);
    // The composer tab took the front; the floor's screenshot is of the reported page again.
    await page.bringToFront();
    await sleep(PAUSE_MS);
    floor.push(await floorOnce(browser, page, c.target));
  }
  await page.close();
  return { report, floor, parts, zoom };
}

/**
 * A post taller than the window (the demo thread's post made 60 lines long): fitted in one
 * screenshot at a lower zoom, or stitched beyond the zoom's floor.
 */
function tallPost(): Bench {
  const thread = readFileSync('test/demo/x-demo-thread.html', 'utf8');
  const lines = Array.from({ length: 60 }, (_, i) => `Line ${i + 1} of a very long post.<br>`).join('');
  return {
    url: 'https://x.com/constat_demo/status/1900000000000000001',
    html: thread.replace('DEMO — made-up post for trying Constat.', `${lines} DEMO end.`),
    target: "article[data-testid='tweet'] [data-testid='tweetText']",
    name: 'tall post (demo thread, 60 lines)',
  };
}

/** Bytes of the script every platform page loads, and its evaluation time there. */
async function recorderCost(browser: ConstatBrowser, c: Case) {
  const source = readFileSync(join(extensionDir, 'target-recorder.js'), 'utf8');
  const page = await browser.openPage(c.case.url, readFileSync(c.htmlPath, 'utf8'));
  // One evaluation takes less than the page clock's resolution: time a batch and divide.
  const BATCH = 200;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const batch = await page.evaluate(
      ({ code, count }) => {
        const start = performance.now();
        for (let i = 0; i < count; i++) new Function(code)();
        return performance.now() - start;
      },
      { code: source, count: BATCH },
    );
    times.push(batch / BATCH);
  }
  await page.close();
  return { bytes: Buffer.byteLength(source), median: quantile(times, 0.5) };
}

/** The report's sections: right-click to stored draft per platform, and the injected script. */
async function reportSections(browser: ConstatBrowser): Promise<string> {
  const rows: string[] = [];
  const cases = heaviestCases('test/fixtures').filter(
    (c) => !platforms || platforms.includes(c.case.platform),
  );
  const benches = cases.map((c) => ({ platform: c.case.platform, bench: benchOf(c) }));
  if (!platforms || platforms.includes('x')) benches.push({ platform: 'x', bench: tallPost() });
  for (const { platform, bench } of benches) {
    const { report, floor, parts, zoom } = await benchCase(browser, bench);
    const median = quantile(report, 0.5);
    const floorMedian = quantile(floor, 0.5);
    const shots = zoom ? `${parts} (zoom ${Math.round(zoom * 100)} %)` : String(parts);
    rows.push(
      `| ${platform} | ${bench.name} | ${shots} | ${ms(median)} | ${ms(quantile(report, 0.95))} | ${ms(floorMedian)} | ${(median / floorMedian).toFixed(1)}× |`,
    );
    console.log(rows.at(-1));
  }
  const first = cases[0];
  const recorder = first ? await recorderCost(browser, first) : null;
  return [
    '## Right-click to stored draft',
    '',
    `Time from the report request to its answer (the draft stored in IndexedDB and the composer opening), ${RUNS} runs on each platform’s heaviest case; the floor is one screenshot, its crop and a SHA-256 alone, measured in the same run on the same page. A post taller than the window is fitted in one screenshot by lowering the tab’s zoom for the capture (the zoom in the *screenshots* column; never so low that the post’s usual text is under 7 device pixels tall: 44 % for 16 px text on this 1× screen, 50 % for 14 px), and what does not fit even then takes further screenshots, two at once and the next ones a second later by Chrome’s quota; the last row is such a post. Instagram’s heaviest case is a 2021 page saved without its stylesheet: its photo’s box keeps its aspect ratio at the window’s full width, so it grows almost as fast as the view when the zoom drops; its text is 16 px, so 2 screenshots at 44 %, both in Chrome’s first window (3 at 50 %, the third a second later; 4 at 100 %). Target: median within 2× the floor, p95 under 300 ms where the post fits the window.`,
    '',
    '| platform | case | screenshots | median | p95 | floor (median) | median / floor |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Script injected on platform pages',
    '',
    '| script | bytes (minified) | evaluation (median) |',
    '| --- | --- | --- |',
    recorder
      ? `| target-recorder.js | ${recorder.bytes} | ${recorder.median.toFixed(3)} ms |`
      : '| — | — | — |',
    '',
  ].join('\n');
}

// Run in Node, before the browser starts, so that nothing else competes with it.
const modelSection = !only || only.includes('model') ? modelBench(RUNS) : null;
const browser = only?.every((name) => name === 'model' || name === 'log' || name === 'logui')
  ? null
  : await ConstatBrowser.launch();
try {
  const sections: string[] = [];
  if (browser && (!platforms || platforms.length > 0)) sections.push(await reportSections(browser));
  if (browser && (!only || only.includes('pileon'))) sections.push(await pileonBench(browser));
  // Last: it saves the notifier in the options, which the report benchmark does not need.
  if (browser && (!only || only.includes('notices'))) sections.push(await noticesBench(browser, NOTICE_RUNS));
  if (modelSection) sections.push(modelSection);
  // The log's exports, verify and import in browsers of their own (log-bench.ts; LOG_BENCH_SIZES=10000 for less).
  if (!only || only.includes('log')) sections.push(await logBench());
  // The log page on 10,000 and 100,000 reports, in browsers of its own (LOG_UI_SIZES=10000 for less).
  if (!only || only.includes('logui')) sections.push(await logUiBench());
  const header = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` (\`BENCH_ONLY=…\` measures some sections and keeps the others), Debian Chromium headless, 1280×900, on this project's 2-core machine. Each section says when it was measured.`,
  ].join('\n');
  const measured = `Measured on ${new Date().toISOString().slice(0, 10)}.`;
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const table = mergeResults(previous, header, sections, measured);
  writeFileSync(RESULTS, table);
  console.log(`\n${table}`);
} finally {
  await browser?.close();
}
