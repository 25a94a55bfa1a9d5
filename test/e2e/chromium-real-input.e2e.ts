import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openedComposerReportId,
  reportThroughMenu,
  reportWithShortcut,
} from '../harness/chromium-real-input';
import { ConstatBrowser } from '../harness/constat-browser';
import { VirtualDisplay } from '../harness/virtual-display';

// The person's own path in Chromium with the shipped build: its context menu clicked for real on a
// virtual display. No DevTools grant: `activeTab` comes from the click, as it does for a person.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/x/${name}`, import.meta.url), 'utf8');
const postUrl = 'https://x.com/TestUser123/status/1981398750557065646';
const post = "article[data-testid='tweet']";
const postText = `${post} div[data-testid='tweetText']`;

let display: VirtualDisplay;
let browser: ConstatBrowser;
/** Reports made by earlier tests, whose composers stay open. */
const reported: string[] = [];

beforeAll(async () => {
  display = await VirtualDisplay.start();
  browser = await ConstatBrowser.launch({ display });
});

afterAll(async () => {
  await browser?.close();
  display?.stop();
});

async function expectReportedPost(reportId: string) {
  const report = await browser.readReport(reportId);
  expect(report).toMatchObject({
    target: 'post',
    platform: 'x',
    extracted: { permalink: postUrl, author: { handle: 'TestUser123' } },
  });
  // The screenshot was allowed by the person's own gesture: the shipped build has no `<all_urls>`.
  const kinds = (await browser.readEvidence(reportId)).map((e) => e.kind).sort();
  expect(kinds).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
}

describe('Chromium: “Report this post…” chosen in the browser’s own menu', () => {
  it('reports the right-clicked post when “Report this post…” is chosen in the browser’s menu', async () => {
    const page = await browser.openPage(postUrl, fixture('tweetyoink--x-tweet-sample.html'));
    const reportId = await reportThroughMenu(browser, page, display, postText);
    await expectReportedPost(reportId);
    reported.push(reportId);
  }, 180_000);
});

// The manifest's suggested key, as the browser assigned it on install (wxt.config.ts).
const shortcut = { manifest: 'Alt+Shift+D', xdotool: 'alt+shift+d' };

describe('Chromium: the keyboard shortcut, pressed for real', () => {
  it('assigns the suggested key on install', async () => {
    const [worker] = browser.context.serviceWorkers();
    const commands = await worker?.evaluate(() => chrome.commands.getAll());
    expect(commands?.find((command) => command.name === 'report-post')?.shortcut).toBe(shortcut.manifest);
  });

  it('reports the focused post when the shortcut is pressed', async () => {
    const page = await browser.openPage(postUrl, fixture('tweetyoink--x-tweet-sample.html'));
    await reportWithShortcut(page, display, post, shortcut.xdotool);
    const reportId = await openedComposerReportId(browser, reported);
    await expectReportedPost(reportId);
  });
});
