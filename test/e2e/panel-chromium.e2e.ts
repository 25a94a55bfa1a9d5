import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { raidReplies } from '../fixtures/pileon/raid';
import { threadPage } from '../fixtures/pileon/thread-pages';
import { ConstatBrowser } from '../harness/constat-browser';
import { openSidePanelFromPopup } from '../harness/open-panel';
import { panelHeading, panelShows, panelText } from '../harness/panel-view';
import { openPileon } from '../harness/pileon-flow';
import { rightClick } from '../harness/right-click';
import { xSampleHtml, xSamplePostText, xSampleUrl } from '../harness/x-sample';

// Chrome's side panel, opened as a person would: a real (trusted) click on the popup's button, then a
// report made with the panel open goes to it, not to a new tab.

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('Chromium: the composer beside the page', () => {
  it('opens the side panel from the popup’s button, which says what to do first', async () => {
    const control = await openSidePanelFromPopup(browser);
    // The panel says "Loading…" until it has read that no report was asked for yet.
    await expect
      .poll(() => control.evaluate(panelText), { timeout: 30_000 })
      .toContain(en.panelNoReport.message);
  });

  it('shows a report made while it is open, and opens no tab', async () => {
    const page = await browser.openPage(xSampleUrl, xSampleHtml);
    await rightClick(page, xSamplePostText);
    const outcome = await browser.report(page);
    expect(outcome).toMatchObject({ ok: true, target: 'post', warnings: [] });
    if (!outcome.ok) return;

    await browser.control().then((control) => control.waitForFunction(panelShows, outcome.reportId));
    // The panel answered before the background would have opened a tab: none is opened.
    const urls = browser.context.pages().map((p) => p.url());
    expect(urls.filter((url) => url.includes('composer.html'))).toEqual([]);
    const evidence = await browser.readEvidence(outcome.reportId);
    expect(evidence.map((e) => e.kind).sort()).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
  });

  it('shows a pile-on collection opened while it is open, and opens no tab', async () => {
    const { url, html } = threadPage('x', raidReplies().slice(0, 5));
    await openPileon(browser, await browser.openPage(url, html));
    const control = await browser.control();
    await expect.poll(() => control.evaluate(panelHeading), { timeout: 30_000 }).toBe(en.pileonTitle.message);
    const urls = browser.context.pages().map((p) => p.url());
    expect(urls.filter((u) => u.includes('pileon.html'))).toEqual([]);
  });
});
