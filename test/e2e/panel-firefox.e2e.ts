import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { FirefoxConstat } from '../harness/firefox-browser';
import { postCaseOf } from '../harness/notice-flow';
import { panelShows, panelText } from '../harness/panel-view';

// Firefox's sidebar, opened as a person would: a click on the popup's button (BiDi's input actions
// are a user gesture, which `sidebarAction.open()` demands), then a report made with the sidebar
// open goes to it, not to a new tab.

const xCase = postCaseOf('x');
let firefox: FirefoxConstat;

beforeAll(async () => {
  firefox = await FirefoxConstat.launch();
});

afterAll(async () => {
  await firefox?.close();
});

describe('Firefox ESR: the composer beside the page', () => {
  it('opens the sidebar from the popup’s button, which says what to do first', async () => {
    const control = await firefox.control();
    await firefox.openExtensionPage('popup.html');
    const popup = await firefox.pageAt(firefox.extensionUrl('popup.html'));
    const button = '.keep-beside button:not([disabled])';
    await popup.waitForFunction((selector) => document.querySelector(selector) !== null, {}, button);
    const centre = await popup.evaluate((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
    }, button);
    if (!centre) throw new Error('No button to keep Constat beside the page');
    await popup.mouse.click(centre.x, centre.y);

    await control.waitForFunction(() => {
      // Firefox's own API, which the Chrome types of this page do not list.
      const firefoxApi = browser as unknown as {
        sidebarAction: { isOpen(details: object): Promise<boolean> };
      };
      return firefoxApi.sidebarAction.isOpen({});
    });
    // The panel says "Loading…" until it has read that no report was asked for yet.
    await expect
      .poll(() => control.evaluate(panelText), { timeout: 30_000 })
      .toContain(en.panelNoReport.message);
  });

  it('shows a report made while it is open, and opens no tab', async () => {
    const page = await firefox.openPage(xCase.case.url, readFileSync(xCase.htmlPath, 'utf8'));
    const menu = await firefox.rightClick(page, xCase.case.target);
    const outcome = await firefox.report(page, menu);
    expect(outcome).toMatchObject({ ok: true, target: 'post', warnings: [] });
    if (!outcome.ok) return;

    const control = await firefox.control();
    await control.waitForFunction(panelShows, {}, outcome.reportId);
    // The sidebar answered before the background would have opened a tab: none is opened.
    const tabs = await firefox.tabs();
    expect(tabs.filter((tab) => tab.url.includes('composer.html'))).toEqual([]);
    const evidence = await firefox.readEvidence(outcome.reportId);
    expect(evidence.map((e) => e.kind).sort()).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
  });
});
