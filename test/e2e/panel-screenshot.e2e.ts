import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../utils/evidence/crop';
import { ConstatBrowser } from '../harness/constat-browser';
import { openSidePanelFromPopup } from '../harness/open-panel';
import { panelShows } from '../harness/panel-view';
import { rightClick } from '../harness/right-click';
import { xSampleHtml, xSamplePostText, xSampleUrl } from '../harness/x-sample';

// The screenshot shows the page as the person saw it when they right-clicked: with the pages at the
// window's size (not Playwright's fixed viewport), opening Chrome's side panel narrows them. A report
// made with no panel keeps the page's full width (the composer goes to a tab, no panel opens); one
// made with the panel already open is taken at the narrowed width the person was looking at, and
// the page does not change size between the right-click and the screenshot either way.

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch({ viewport: 'window' });
});

afterAll(async () => {
  await browser?.close();
});

const widthOf = (page: Page) => page.evaluate(() => ({ css: innerWidth, dpr: devicePixelRatio }));

/** Reports the post; the stored screenshot's width and the viewport's width the capture recorded. */
async function reportedWidths(page: Page) {
  await page.bringToFront();
  await rightClick(page, xSamplePostText);
  const outcome = await browser.report(page);
  if (!outcome.ok) throw new Error(`The report failed: ${JSON.stringify(outcome)}`);
  const evidence = await browser.readEvidence(outcome.reportId);
  const shot = evidence.find((e) => e.kind === 'screenshot');
  if (!shot) throw new Error('No screenshot stored');
  const report = await browser.readReport(outcome.reportId);
  return {
    reportId: outcome.reportId,
    screenshot: pngSize(Buffer.from(shot.base64, 'base64')).width,
    // In the page's own CSS pixels: a post taller than the window is captured zoomed out, and the
    // width read at that zoom is whole CSS pixels of the zoomed view (so within half a pixel here).
    recorded: (report?.meta.viewport?.width ?? 0) * (report?.meta.captureZoom ?? 1),
  };
}

describe('Chromium: the screenshot and the panel beside the page', () => {
  let fullWidth = 0;

  it('with no panel open, takes the page at its full width and leaves it so', async () => {
    const page = await browser.openPage(xSampleUrl, xSampleHtml);
    const before = await widthOf(page);
    fullWidth = before.css;
    const shot = await reportedWidths(page);
    expect(shot.recorded).toBeCloseTo(before.css, 0);
    expect(shot.screenshot).toBe(Math.round(before.css * before.dpr));
    // The composer opened in a tab; no panel opened, so the page never narrowed.
    expect((await widthOf(page)).css).toBe(before.css);
    await browser.closeOtherPages(page);
  });

  it('with the panel already open, takes the page at the narrowed width the person sees', async () => {
    const page = browser.context.pages().find((p) => p.url() === xSampleUrl) as Page;
    await openSidePanelFromPopup(browser);
    await page.bringToFront();
    // The panel took its place beside the page: the page is narrower than before.
    await expect.poll(async () => (await widthOf(page)).css, { timeout: 15_000 }).toBeLessThan(fullWidth);
    const before = await widthOf(page);
    const shot = await reportedWidths(page);
    expect(shot.recorded).toBeCloseTo(before.css, 0);
    expect(shot.screenshot).toBe(Math.round(before.css * before.dpr));
    expect((await widthOf(page)).css).toBe(before.css);
    await (await browser.control()).waitForFunction(panelShows, shot.reportId);
  });
});
