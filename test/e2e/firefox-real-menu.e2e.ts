import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxConstat } from '../harness/firefox-browser';
import { fixturesDir } from '../harness/notice-flow';

// The person's own path in Firefox ESR, with the shipped build: Firefox's context menu clicked for
// real on a virtual display, so the menu item, the `activeTab` grant the click gives and
// `menus.getTargetElement` are exercised as a person uses them.

const blogUrl = 'https://example.org/2026/11/un-week-end-au-bord-du-lac/';
const blog = readFileSync(`${fixturesDir}generic/written--blog-article-comments.html`, 'utf8');
let firefox: FirefoxConstat;

beforeAll(async () => {
  firefox = await FirefoxConstat.launch({ realMenu: true });
});

afterAll(async () => {
  await firefox?.close();
});

describe('Firefox ESR: “Report this post…” chosen in the browser’s own menu', () => {
  it('reports the comment under the pointer on a site with no adapter, named by Firefox itself', async () => {
    // No recorder runs on this site and the click is on plain text (no link, picture or selection):
    // only `menus.getTargetElement` says which comment was meant.
    const page = await firefox.openPage(blogUrl, blog);
    await firefox.reportFromMenu(page, '#comment-35 .comment-content p');

    const composer = await firefox.pageAt(firefox.extensionUrl('composer.html?id='));
    const reportId = new URL(await composer.evaluate(() => location.href)).searchParams.get('id') ?? '';
    const report = await firefox.readReport(reportId);
    expect(report).toMatchObject({
      target: 'post',
      platform: 'generic',
      extracted: {
        kind: 'comment',
        permalink: `${blogUrl}#comment-35`,
        text: 'Avec plaisir, Dominique. Dites-moi si vous y allez !',
      },
    });
    // The screenshot was allowed by the click itself: the shipped build has no `<all_urls>`.
    const kinds = (await firefox.readEvidence(reportId)).map((e) => e.kind).sort();
    expect(kinds).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
    // The next report's composer is then the only one open.
    await composer.close();
  });
});

const xPostUrl = 'https://x.com/TestUser123/status/1981398750557065646';
const xPost = readFileSync(`${fixturesDir}x/tweetyoink--x-tweet-sample.html`, 'utf8');

describe('Firefox ESR: the keyboard shortcut', () => {
  it('assigns the manifest’s suggested key on install (wxt.config.ts)', async () => {
    const control = await firefox.control();
    const commands = await control.evaluate(() => browser.commands.getAll());
    expect(commands.find((command) => command.name === 'report-post')?.shortcut).toBe('Alt+Shift+D');
  });

  it('reports the focused post when the key is pressed for real', async () => {
    const page = await firefox.openPage(xPostUrl, xPost);
    await firefox.pressShortcut(page, "article[data-testid='tweet']", 'alt+shift+d');

    const composer = await firefox.pageAt(firefox.extensionUrl('composer.html?id='));
    const reportId = new URL(await composer.evaluate(() => location.href)).searchParams.get('id') ?? '';
    expect(await firefox.readReport(reportId)).toMatchObject({
      target: 'post',
      platform: 'x',
      extracted: { permalink: xPostUrl, author: { handle: 'TestUser123' } },
    });
    // The key press granted `activeTab`, as the menu item does: the shipped build has no `<all_urls>`.
    const kinds = (await firefox.readEvidence(reportId)).map((e) => e.kind).sort();
    expect(kinds).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
  });
});
