// Where the log page's first paint and a search keystroke spend their time, on the cached seeded
// profile (LOG_UI_SIZES, default 100,000): a CPU profile through the DevTools protocol, summed by
// script and by function, with the page's resource timings and its `performance.mark`s. A tool for
// finding what to make faster, not a figure for RESULTS.md (log-ui-bench.ts measures those).
// Run: `npx wxt build && npx tsx test/bench/logui-profile.ts`.

import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { addTestPage, launchSeeded } from '../harness/seed-page';

const SIZE = Number(process.env.LOG_UI_SIZES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function and by script, in milliseconds, the largest first. */
function summarize(profile: Profile, top = 18): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [id, time] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const script = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '') || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    byScript.set(script, (byScript.get(script) ?? 0) + time);
  }
  const sorted = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  return ['by script:', ...sorted(byScript), 'by function:', ...sorted(byFunction)];
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; profile: Profile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return { result, profile };
}

/**
 * The page's own timings: navigation, scripts and catalogues fetched, marks. A string: tsx would
 * wrap the named functions of a function given here with a helper the page does not have.
 */
const timingsInPage = `(() => {
  const round = (n) => n.toFixed(0).padStart(5);
  const short = (name) => name.replace(/^.*\\/\\/[^/]+\\//, '');
  const nav = performance.getEntriesByType('navigation')[0];
  const lines = [];
  if (nav) lines.push('nav: responseEnd ' + round(nav.responseEnd) + ' domInteractive ' + round(nav.domInteractive) + ' domContentLoaded ' + round(nav.domContentLoadedEventEnd) + ' load ' + round(nav.loadEventEnd));
  for (const entry of performance.getEntriesByType('resource')) lines.push('res ' + round(entry.startTime) + ' → ' + round(entry.responseEnd) + ' ' + short(entry.name));
  for (const mark of performance.getEntriesByType('mark')) lines.push('mark ' + round(mark.startTime) + ' ' + mark.name);
  for (const paint of performance.getEntriesByType('paint')) lines.push('paint ' + round(paint.startTime) + ' ' + paint.name);
  return lines;
})()`;

function pageTimings(page: Page): Promise<string[]> {
  return page.evaluate(timingsInPage);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string }; fileName?: string };
}

/** A DevTools timeline trace of `run`: its events, time in microseconds. */
async function traced(cdp: CDPSession, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,v8,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** The main thread's longest kinds of work, summed, and the scripts compiled and run, in order. */
function traceSummary(events: TraceEvent[]): string[] {
  const main = events.find(
    (e) => e.name === 'thread_name' && (e as { args?: { name?: string } }).args?.name === 'CrRendererMain',
  );
  const onMain = events.filter((e) => e.tid === main?.tid && e.ph === 'X');
  const start = Math.min(...onMain.map((e) => e.ts));
  const byName = new Map<string, number>();
  for (const e of onMain) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const lines = [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  const scripts = onMain
    .filter(
      (e) =>
        /compile|evaluate|EvaluateScript|ParseHTML|FunctionCall|RunTask|Layout|UpdateLayoutTree|Paint/i.test(
          e.name,
        ) && (e.dur ?? 0) > 5000,
    )
    .map(
      (e) =>
        `  @${((e.ts - start) / 1000).toFixed(0).padStart(5)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${e.name} ${(e.args?.data?.url ?? e.args?.fileName ?? '').replace(/^.*\/\/[^/]+\//, '')}`,
    );
  return ['trace, main thread, by kind:', ...lines, 'trace, long items:', ...scripts.slice(0, 60)];
}

/** PAINT_ONLY=n: n first paints of the log and of the floor page, alternated; their medians. */
async function paintsOnly(runs: number) {
  const floorEntry = resolve(import.meta.dirname, 'logui-floor-entry.ts');
  const seeded = await launchSeeded(
    SIZE,
    {},
    { prepare: (dir) => addTestPage(dir, floorEntry, 'paint-floor') },
  );
  try {
    const { browser } = seeded;
    const page = await browser.context.newPage();
    const timed = async (path: string, selector: string) => {
      const start = performance.now();
      await page.goto(browser.extensionUrl(path));
      await page.waitForSelector(selector);
      return performance.now() - start;
    };
    const log: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < runs; run++) {
      floor.push(await timed('paint-floor.html', '.paint-floor'));
      log.push(await timed('log.html', '.report-summary'));
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log(
      `log ${median(log).toFixed(0)} ms, floor ${median(floor).toFixed(0)} ms; log: ${log.map((v) => v.toFixed(0)).join(' ')}`,
    );
  } finally {
    await seeded.close();
  }
}

async function main() {
  const seeded = await launchSeeded(SIZE);
  try {
    const { browser } = seeded;
    const page = await browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    for (let run = 0; run < RUNS; run++) {
      await page.goto('about:blank');
      const { result: paint, profile } = await profiled(cdp, async () => {
        const start = performance.now();
        await page.goto(browser.extensionUrl('log.html'));
        await page.waitForSelector('.report-summary');
        return performance.now() - start;
      });
      console.log(`\n=== first paint, run ${run + 1}: ${paint.toFixed(0)} ms`);
      console.log((await pageTimings(page)).join('\n'));
      console.log(summarize(profile).join('\n'));
    }
    if (process.env.TRACE) {
      await page.goto('about:blank');
      const events = await traced(cdp, async () => {
        await page.goto(browser.extensionUrl('log.html'));
        await page.waitForSelector('.report-summary');
      });
      console.log(traceSummary(events).join('\n'));
      console.log((await pageTimings(page)).join('\n'));
    }
    for (const typed of ['m', 'me', 'men', 'mena', 'menac']) {
      const { result: took, profile } = await profiled(cdp, () =>
        page.evaluate(async (q) => {
          const input = document.querySelector<HTMLInputElement>('.log-filters__search input');
          if (!input) throw new Error('no search field');
          performance.clearMarks();
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          for (;;) {
            const count = document.querySelector<HTMLElement>('.log-result-count');
            const list = document.querySelector('.report-list');
            if (count?.dataset.shown === `q=${q}` && list && !list.querySelector('li.muted')) break;
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          const marks = performance
            .getEntriesByType('mark')
            .map((m) => `${(m.startTime - start).toFixed(0)} ${m.name}`);
          return { ms: performance.now() - start, marks };
        }, typed),
      );
      console.log(`\n=== keystroke "${typed}": ${took.ms.toFixed(0)} ms; marks: ${took.marks.join(', ')}`);
      console.log(summarize(profile, 10).join('\n'));
    }
  } finally {
    await seeded.close();
  }
}

if (process.env.PAINT_ONLY) await paintsOnly(Number(process.env.PAINT_ONLY));
else await main();
