import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { raidReplies } from '../fixtures/pileon/raid';
import { threadPage } from '../fixtures/pileon/thread-pages';
import { FirefoxConstat } from '../harness/firefox-browser';
import { postCaseOf } from '../harness/notice-flow';
import { openSidebarFromPopup } from '../harness/open-panel';
import { panelHeading, panelShows, panelText } from '../harness/panel-view';

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
    const control = await openSidebarFromPopup(firefox);
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

  it('shows a pile-on collection opened while it is open, and opens no tab', async () => {
    const { url, html } = threadPage('x', raidReplies().slice(0, 5));
    const thread = await firefox.openPage(url, html);
    const tabId = await firefox.tabIdOf(thread);
    const control = await firefox.control();
    const opened = await control.evaluate(
      (id) => browser.runtime.sendMessage({ type: 'pileon-open', tabId: id }),
      tabId,
    );
    expect(opened).toMatchObject({ ok: true });

    await expect.poll(() => control.evaluate(panelHeading), { timeout: 30_000 }).toBe(en.pileonTitle.message);
    const tabs = await firefox.tabs();
    expect(tabs.filter((tab) => tab.url.includes('pileon.html'))).toEqual([]);
  });
});
