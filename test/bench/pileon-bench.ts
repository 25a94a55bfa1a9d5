// Pile-on mode in `npm run bench`: time to list the replies of a 500-reply page, capture time per
// reply against the single-screenshot floor (one screenshot, crop and hash, which Chrome's limit of
// two screenshots a second paces to 500 ms a reply when each reply takes its own), and the memory of
// a 500-reply collection. Returns the Markdown section that bench.ts prints and writes.
import type { Page } from 'playwright-core';
import { raidReplies } from '../fixtures/pileon/raid';
import { threadPage } from '../fixtures/pileon/thread-pages';
import type { ConstatBrowser } from '../harness/constat-browser';
import { openPileon } from '../harness/pileon-flow';
import { ms, quantile } from './stats';

const LIST_RUNS = 10;
const CAPTURE_LIMIT_MS = 500;

interface Opened {
  thread: Page;
  tabId: number;
  collectionId: string;
}

/** A thread of `count` replies, numbered from `first` so that two threads have different addresses. */
async function openThread(browser: ConstatBrowser, count: number, first: number): Promise<Opened> {
  const replies = raidReplies(count).map((r) => ({ ...r, n: r.n + first }));
  const { url, html } = threadPage('x', replies);
  const thread = await browser.openPage(`${url}?thread=${count}`, html);
  const { tabId, collectionId } = await openPileon(browser, thread);
  // The collection page opened beside the thread is not measured here.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await Promise.all(
    browser.context
      .pages()
      .filter((p) => p.url().includes('pileon.html'))
      .map((p) => p.close()),
  );
  return { thread, tabId, collectionId };
}

async function timeListing(
  browser: ConstatBrowser,
  tabId: number,
): Promise<{ times: number[]; found: number }> {
  const control = await browser.control();
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < LIST_RUNS; run++) {
    const result = await control.evaluate(async (id) => {
      const start = performance.now();
      const answer = await chrome.runtime.sendMessage({ type: 'pileon-list', tabId: id });
      return { elapsed: performance.now() - start, found: answer.ok ? answer.listing.replies.length : -1 };
    }, tabId);
    times.push(result.elapsed);
    found = result.found;
  }
  return { times, found };
}

async function keysOf(browser: ConstatBrowser, tabId: number, hostileOnly: boolean): Promise<string[]> {
  const control = await browser.control();
  const answer = (await control.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'pileon-list', tabId: id }),
    tabId,
  )) as {
    listing: { replies: { key: string; data: { text: string } }[] };
  };
  const hostile = new Set(
    raidReplies(answer.listing.replies.length)
      .filter((r) => r.hostile)
      .map((r) => r.text),
  );
  return answer.listing.replies.filter((r) => !hostileOnly || hostile.has(r.data.text)).map((r) => r.key);
}

async function timeCapture(browser: ConstatBrowser, opened: Opened, keys: string[]) {
  const control = await browser.control();
  await opened.thread.bringToFront();
  return control.evaluate(
    async ({ collectionId, tabId, keys: ticked }) => {
      const start = performance.now();
      const progress = await chrome.runtime.sendMessage({
        type: 'pileon-capture',
        collectionId,
        tabId,
        keys: ticked,
      });
      return { elapsed: performance.now() - start, progress };
    },
    { collectionId: opened.collectionId, tabId: opened.tabId, keys },
  );
}

/** One screenshot, its crop and a SHA-256, from an extension page: what one reply costs alone. */
async function floor(browser: ConstatBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  await browser.grantActiveTab(page);
  const control = await browser.control();
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    times.push(
      await control.evaluate(async () => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        const start = performance.now();
        const dataUrl = await chrome.tabs.captureVisibleTab({ format: 'png' });
        const blob = await (await fetch(dataUrl)).blob();
        const bitmap = await createImageBitmap(blob, 0, 100, 600, 120);
        const canvas = new OffscreenCanvas(600, 120);
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
        const png = await canvas.convertToBlob({ type: 'image/png' });
        await crypto.subtle.digest('SHA-256', await png.arrayBuffer());
        return performance.now() - start;
      }),
    );
  }
  return quantile(times, 0.5);
}

/** The collection page of a 500-reply collection: its JS heap, the record's size, the storage used. */
async function memoryOf(browser: ConstatBrowser, collectionId: string) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`pileon.html?id=${collectionId}`));
  await page.getByTestId('evidence-list').waitFor({ timeout: 60_000 });
  const measured = await page.evaluate(async (id) => {
    const heap =
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    const { usage } = await navigator.storage.estimate();
    const record = await new Promise<unknown>((resolve) => {
      const open = indexedDB.open('constat');
      open.onsuccess = () => {
        const request = open.result.transaction('collections').objectStore('collections').get(id);
        request.onsuccess = () => resolve(request.result);
      };
    });
    return { heap, usage: usage ?? 0, recordBytes: JSON.stringify(record).length };
  }, collectionId);
  await page.close();
  return measured;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export async function pileonBench(browser: ConstatBrowser): Promise<string> {
  const big = await openThread(browser, 500, 1000);
  const listing = await timeListing(browser, big.tabId);
  const floorMs = await floor(browser, big.thread);
  const sixty = await openThread(browser, 60, 0);
  const forty = await keysOf(browser, sixty.tabId, true);
  const capture40 = await timeCapture(browser, sixty, forty);
  const capture500 = await timeCapture(browser, big, await keysOf(browser, big.tabId, false));
  const memory = await memoryOf(browser, big.collectionId);
  const perReply = (c: { elapsed: number; progress: { captured: number } }) =>
    c.elapsed / Math.max(1, c.progress.captured);
  const row = (label: string, c: typeof capture40) =>
    `| ${label} | ${c.progress.captured} | ${c.progress.screenshots} | ${ms(c.elapsed)} | ${ms(perReply(c))} | ${ms(Math.max(floorMs, CAPTURE_LIMIT_MS))} |`;
  return [
    '## Pile-on mode',
    '',
    `Listing the replies of a 500-reply X thread (the lister injected on the first run, then asked again as the page polls it): median ${ms(quantile(listing.times, 0.5))}, p95 ${ms(quantile(listing.times, 0.95))}, first run ${ms(listing.times[0] ?? Number.NaN)}; ${listing.found} replies found.`,
    '',
    `Capture of ticked replies, one screenshot shared by every ticked reply it shows. The floor is one screenshot, its crop and a SHA-256 (${ms(floorMs)} measured), paced to ${CAPTURE_LIMIT_MS} ms a reply by Chrome's two screenshots a second when each reply takes its own.`,
    '',
    '| thread | replies captured | screenshots | total | per reply | single-screenshot floor per reply |',
    '| --- | --- | --- | --- | --- | --- |',
    row('60 replies, 40 ticked', capture40),
    row('500 replies, all ticked', capture500),
    '',
    `Memory of a 500-reply collection: the collection page's JS heap ${mb(memory.heap)}, the collection record ${mb(memory.recordBytes)}, the extension's storage in use ${mb(memory.usage)} (every reply's screenshot, crop, HTML and metadata).`,
    '',
  ].join('\n');
}
