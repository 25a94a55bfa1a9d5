import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportThroughMenu } from '../harness/chromium-real-input';
import { ConstatBrowser } from '../harness/constat-browser';
import { VirtualDisplay } from '../harness/virtual-display';

// The person's own path in Chromium with the shipped build: its context menu clicked for real on a
// virtual display. No DevTools grant: `activeTab` comes from the click, as it does for a person.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/x/${name}`, import.meta.url), 'utf8');
const postUrl = 'https://x.com/TestUser123/status/1981398750557065646';
const postText = "article[data-testid='tweet'] div[data-testid='tweetText']";

let display: VirtualDisplay;
let browser: ConstatBrowser;

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
    await expectReportedPost(await reportThroughMenu(browser, page, display, postText));
  }, 180_000);
});
