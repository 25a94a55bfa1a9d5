import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_TEXT_DEVICE_PX } from '../../utils/capture/zoom-to-fit';
import { pngSize } from '../../utils/evidence/crop';
import { ConstatBrowser, type StoredEvidence } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';

// A post taller than the window: the tab's zoom is lowered so that one screenshot holds it, then
// put back; the metadata says so. Below the zoom where the post's text would be under 7 device
// pixels tall, the rest is stitched at that zoom.

const demoThread = readFileSync(new URL('../demo/x-demo-thread.html', import.meta.url), 'utf8');
const POST = 'https://x.com/constat_demo/status/1900000000000000001';

let browser: ConstatBrowser;
beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});
afterAll(async () => {
  await browser?.close();
});

const bytesOf = (e: StoredEvidence) => Buffer.from(e.base64, 'base64');

function tallThread(lines: number, after = ''): string {
  const text = Array.from({ length: lines }, (_, i) => `Line ${i + 1} of a very long post.<br>`).join('');
  return demoThread.replace('DEMO — made-up post for trying Constat.', `${text} DEMO end.${after}`);
}

// A box as wide as the view and as tall as it is wide: the post grows as fast as the view when the
// zoom drops, so no lower zoom fits more of it in a screenshot.
const VIEW_WIDE_BOX = '<div style="width: 100vw; aspect-ratio: 1 / 1; background: #ccd;"></div>';

async function zoomOf(page: Page): Promise<{ tab: number; page: number }> {
  const tabId = await browser.tabIdOf(page);
  const control = await browser.control();
  const tab = await control.evaluate((id) => chrome.tabs.getZoom(id), tabId);
  return { tab, page: await page.evaluate(() => window.devicePixelRatio) };
}

async function reportTall(lines: number, after = '') {
  const page = await browser.openPage(`${POST}?lines=${lines}`, tallThread(lines, after));
  const menu = await rightClick(page, "article[data-testid='tweet'] [data-testid='tweetText']");
  const outcome = await browser.report(page, menu);
  if (!outcome.ok) throw new Error(outcome.error);
  const report = await browser.readReport(outcome.reportId);
  const crop = (await browser.readEvidence(outcome.reportId)).find((e) => e.kind === 'post-crop');
  if (!report || !crop) throw new Error('No report or no crop');
  return { page, outcome, meta: report.meta, size: pngSize(bytesOf(crop)) };
}

describe('a post taller than the window, in Chromium', () => {
  it('is captured in one screenshot at a lower zoom, the whole post in the picture, the zoom put back', async () => {
    const { page, outcome, meta, size } = await reportTall(60);
    expect(outcome.warnings).toEqual([]);
    expect(meta.cropParts).toBe(1);
    expect(meta.captureZoom).toBeGreaterThanOrEqual(MIN_TEXT_DEVICE_PX / (meta.postTextPx ?? 0));
    expect(meta.captureZoom).toBeLessThan(1);
    const { postRect, viewport } = meta;
    // Measured at that zoom: the view holds the whole post, and the picture all of it.
    expect(viewport?.devicePixelRatio).toBeCloseTo(meta.captureZoom ?? 0, 2);
    expect(postRect?.height).toBeLessThanOrEqual(viewport?.height ?? 0);
    const dpr = viewport?.devicePixelRatio ?? 1;
    expect(Math.abs(size.width - (postRect?.width ?? 0) * dpr)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - (postRect?.height ?? 0) * dpr)).toBeLessThanOrEqual(1);
    expect(await zoomOf(page)).toEqual({ tab: 1, page: 1 });
    await browser.closeOtherPages();
  });

  it('stitches what does not fit even at the lowest legible zoom, at that zoom, and puts the zoom back', async () => {
    const { page, meta, size } = await reportTall(200);
    // The post's text is measured in the page: at that zoom it is still 7 device pixels tall.
    const textPx = meta.postTextPx ?? 0;
    expect(textPx).toBeGreaterThan(10);
    expect(meta.captureZoom).toBe(Math.ceil((MIN_TEXT_DEVICE_PX / textPx) * 100) / 100);
    expect(meta.cropParts).toBeGreaterThanOrEqual(2);
    const dpr = meta.viewport?.devicePixelRatio ?? 1;
    expect(Math.abs(size.height - (meta.postRect?.height ?? 0) * dpr)).toBeLessThanOrEqual(
      meta.cropParts ?? 1,
    );
    expect(await zoomOf(page)).toEqual({ tab: 1, page: 1 });
    await browser.closeOtherPages();
  });

  it('captures at the person’s zoom, stitched, a post that grows as fast as the view', async () => {
    const { page, meta, size } = await reportTall(3, VIEW_WIDE_BOX);
    expect(meta.captureZoom ?? null).toBeNull();
    expect(meta.cropParts).toBe(2);
    expect(meta.viewport?.devicePixelRatio).toBe(1);
    expect(Math.abs(size.height - (meta.postRect?.height ?? 0))).toBeLessThanOrEqual(2);
    expect(await zoomOf(page)).toEqual({ tab: 1, page: 1 });
    await browser.closeOtherPages();
  });

  it('leaves a post that fits at the person’s zoom', async () => {
    const { page, meta } = await reportTall(5);
    expect(meta.cropParts).toBe(1);
    expect(meta.captureZoom ?? null).toBeNull();
    expect(await zoomOf(page)).toEqual({ tab: 1, page: 1 });
    await browser.closeOtherPages();
  });
});
