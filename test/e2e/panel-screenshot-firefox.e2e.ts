import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../utils/evidence/crop';
import { FirefoxConstat } from '../harness/firefox-browser';
import { postCaseOf } from '../harness/notice-flow';
import { openSidebarFromPopup } from '../harness/open-panel';
import { panelShows } from '../harness/panel-view';

// Firefox ESR's sidebar and the screenshot: with the pages at the window's size (not puppeteer's
// fixed viewport), opening the sidebar narrows them. A report made with no sidebar keeps the page's
// full width; one made with the sidebar already open is taken at the narrowed width the person was
// looking at, and the page does not change size between the right-click and the screenshot.

const xCase = postCaseOf('x');
let firefox: FirefoxConstat;

beforeAll(async () => {
  firefox = await FirefoxConstat.launch({ viewport: 'window' });
});

afterAll(async () => {
  await firefox?.close();
});

const widthOf = (page: Page) => page.evaluate(() => ({ css: innerWidth, dpr: devicePixelRatio }));

/** Reports the post; the stored screenshot's width and the viewport's width the capture recorded. */
async function reportedWidths(page: Page) {
  await page.bringToFront();
  const menu = await firefox.rightClick(page, xCase.case.target);
  const outcome = await firefox.report(page, menu);
  if (!outcome.ok) throw new Error(`The report failed: ${JSON.stringify(outcome)}`);
  const shot = (await firefox.readEvidence(outcome.reportId)).find((e) => e.kind === 'screenshot');
  if (!shot) throw new Error('No screenshot stored');
  const report = await firefox.readReport(outcome.reportId);
  return {
    reportId: outcome.reportId,
    screenshot: pngSize(Buffer.from(shot.base64, 'base64')).width,
    // In the page's own CSS pixels: a post taller than the window is captured zoomed out.
    recorded: (report?.meta.viewport?.width ?? 0) * (report?.meta.captureZoom ?? 1),
  };
}

describe('Firefox ESR: the screenshot and the sidebar beside the page', () => {
  let page: Page;
  let fullWidth = 0;

  it('with no sidebar open, takes the page at its full width and leaves it so', async () => {
    page = await firefox.openPage(xCase.case.url, readFileSync(xCase.htmlPath, 'utf8'));
    const before = await widthOf(page);
    fullWidth = before.css;
    const shot = await reportedWidths(page);
    expect(shot.recorded).toBe(before.css);
    expect(shot.screenshot).toBe(Math.round(before.css * before.dpr));
    // The composer opened in a tab; no sidebar opened, so the page never narrowed.
    expect((await widthOf(page)).css).toBe(before.css);
  });

  it('with the sidebar already open, takes the page at the narrowed width the person sees', async () => {
    const control = await openSidebarFromPopup(firefox);
    await page.bringToFront();
    // The sidebar took its place beside the page: the page is narrower than before.
    await expect.poll(async () => (await widthOf(page)).css, { timeout: 15_000 }).toBeLessThan(fullWidth);
    const before = await widthOf(page);
    const shot = await reportedWidths(page);
    expect(shot.recorded).toBe(before.css);
    expect(shot.screenshot).toBe(Math.round(before.css * before.dpr));
    expect((await widthOf(page)).css).toBe(before.css);
    await control.waitForFunction(panelShows, {}, shot.reportId);
  });
});
