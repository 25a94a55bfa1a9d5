import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_TEXT_DEVICE_PX } from '../../utils/capture/zoom-to-fit';
import { pngSize } from '../../utils/evidence/crop';
import { ConstatBrowser, type StoredEvidence } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/x/${name}`, import.meta.url), 'utf8');
const demoThread = readFileSync(new URL('../demo/x-demo-thread.html', import.meta.url), 'utf8');
const sampleUrl = 'https://x.com/TestUser123/status/1981398750557065646';

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
});

const bytesOf = (e: StoredEvidence) => Buffer.from(e.base64, 'base64');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('right-click → report on X, in Chromium with the built extension', () => {
  it('stores the post, a screenshot cropped to the post, and hashes of exactly the stored bytes', async () => {
    const page = await browser.openPage(sampleUrl, fixture('tweetyoink--x-tweet-sample.html'));
    await rightClick(page, "article[data-testid='tweet'] div[data-testid='tweetText']");
    const outcome = await browser.report(page);
    expect(outcome).toMatchObject({ ok: true, target: 'post' });
    if (!outcome.ok) return;

    const report = await browser.readReport(outcome.reportId);
    expect(report).toMatchObject({
      status: 'draft',
      target: 'post',
      platform: 'x',
      extracted: {
        kind: 'post',
        permalink: sampleUrl,
        author: { handle: 'TestUser123', name: 'Test User Account' },
        publishedAt: '2025-10-23T16:34:09.000Z',
        text: "Democrat Shutdown Jeopardizes America's Skies",
      },
      meta: { pageUrl: sampleUrl, extensionVersion: '0.1.0' },
    });

    const evidence = await browser.readEvidence(outcome.reportId);
    expect(evidence.map((e) => e.kind).sort()).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
    for (const e of evidence) {
      expect(sha256(bytesOf(e))).toBe(e.sha256);
      expect(bytesOf(e).length).toBe(e.size);
    }
    expect(report?.evidence.map((e) => e.sha256).sort()).toEqual(evidence.map((e) => e.sha256).sort());

    // The crop is the post's box in device pixels (this unstyled saved page draws a post taller
    // than the window, so its image is stitched from several screenshots, one seam a pixel at most).
    const { postRect, viewport, cropParts } = report?.meta ?? {};
    const crop = pngSize(bytesOf(evidence.find((e) => e.kind === 'post-crop')!));
    const full = pngSize(bytesOf(evidence.find((e) => e.kind === 'screenshot')!));
    const dpr = viewport?.devicePixelRatio ?? 1;
    expect(full.width).toBe(Math.round((viewport?.width ?? 0) * dpr));
    expect(Math.abs(crop.width - postRect!.width * dpr)).toBeLessThanOrEqual(1);
    expect(Math.abs(crop.height - postRect!.height * dpr)).toBeLessThanOrEqual(cropParts ?? 1);

    // The HTML snapshot holds the post, without anything that could run.
    const html = bytesOf(evidence.find((e) => e.kind === 'html')!).toString('utf8');
    expect(html).toContain('Democrat Shutdown Jeopardizes');
    expect(html).not.toMatch(/<script|<iframe|\son\w+=/i);

    // The composer opens on that report, after the draft was stored.
    const composerUrl = `composer.html?id=${outcome.reportId}`;
    await expect
      .poll(() => browser.context.pages().some((p) => p.url().includes(composerUrl)), { timeout: 5000 })
      .toBe(true);
    await browser.closeOtherPages();
  });

  it('captures a post scrolled out of view after scrolling it back in', async () => {
    const tall = demoThread.replace('<main>', '<main><div style="height: 2400px">spacer</div>');
    const page = await browser.openPage('https://x.com/constat_demo/status/1900000000000000001', tall);
    const selector = "article[data-testid='tweet']:nth-of-type(1) [data-testid='tweetText']";
    await rightClick(page, selector);
    await page.evaluate(() => window.scrollTo(0, 0));
    const outcome = await browser.report(page);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const report = await browser.readReport(outcome.reportId);
    const rect = report!.meta.postRect!;
    expect(rect.y).toBeGreaterThanOrEqual(0);
    expect(rect.y + rect.height).toBeLessThanOrEqual(report!.meta.viewport!.height);
    const crop = pngSize(
      bytesOf((await browser.readEvidence(outcome.reportId)).find((e) => e.kind === 'post-crop')!),
    );
    const dpr = report!.meta.viewport!.devicePixelRatio;
    expect(report!.meta.cropParts).toBe(1);
    expect(Math.abs(crop.width - rect.width * dpr)).toBeLessThanOrEqual(1);
    expect(Math.abs(crop.height - rect.height * dpr)).toBeLessThanOrEqual(1);
    await browser.closeOtherPages();
  });

  it('stitches a post taller than the window even at the lowest legible zoom from several screenshots, below the sticky header', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Line ${i + 1} of a very long post.<br>`).join(
      '',
    );
    const tall = demoThread.replace('DEMO — made-up post for trying Constat.', `${paragraphs} DEMO end.`);
    const page = await browser.openPage('https://x.com/constat_demo/status/1900000000000000001', tall);
    const menu = await rightClick(page, "article[data-testid='tweet'] [data-testid='tweetText']");
    const outcome = await browser.report(page, menu);
    expect(outcome).toMatchObject({ ok: true, target: 'post', warnings: [] });
    if (!outcome.ok) return;
    const report = await browser.readReport(outcome.reportId);
    const { postRect, viewport, cropParts } = report!.meta;
    expect(postRect!.height).toBeGreaterThan(viewport!.height * 1.5);
    expect(cropParts).toBeGreaterThanOrEqual(2);
    // The lowest zoom at which the post's text is still 7 device pixels tall (a 1× screen).
    const { captureZoom, postTextPx } = report!.meta;
    expect(captureZoom).toBe(Math.ceil((MIN_TEXT_DEVICE_PX / postTextPx!) * 100) / 100);
    expect(captureZoom! * postTextPx!).toBeGreaterThanOrEqual(MIN_TEXT_DEVICE_PX);
    const crop = (await browser.readEvidence(outcome.reportId)).find((e) => e.kind === 'post-crop');
    const size = pngSize(bytesOf(crop!));
    const dpr = viewport!.devicePixelRatio;
    expect(Math.abs(size.width - postRect!.width * dpr)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - postRect!.height * dpr)).toBeLessThanOrEqual(cropParts!);
    await browser.closeOtherPages();
  });

  it('keeps no picture of a post whose text points to sexual content involving minors', async () => {
    const flagged = demoThread.replace(
      'DEMO — made-up post for trying Constat. Imagine this line insults people for their origin: right-click it and choose “Report this post…”.',
      'selling pthc links dm me',
    );
    const page = await browser.openPage('https://x.com/constat_demo/status/1900000000000000001', flagged);
    const menu = await rightClick(page, "article[data-testid='tweet'] [data-testid='tweetText']");
    const outcome = await browser.report(page, menu);
    expect(outcome).toMatchObject({ ok: true, target: 'post' });
    if (!outcome.ok) return;
    expect(outcome.warnings.join(' ')).toMatch(/kept no picture/);
    const report = await browser.readReport(outcome.reportId);
    expect(report?.suggestion?.categoryId).toBe('child-sexual-content');
    expect(report?.extracted?.permalink).toBe('https://x.com/constat_demo/status/1900000000000000001');
    expect(report?.extracted?.media).toEqual([]);
    expect((await browser.readEvidence(outcome.reportId)).map((e) => e.kind)).toEqual(['metadata']);
    await browser.closeOtherPages();
  });

  it('keeps the draft when the service worker is stopped right after the capture', async () => {
    const page = await browser.openPage(sampleUrl, fixture('tweetyoink--x-tweet-sample.html'));
    await rightClick(page, "article[data-testid='tweet'] div[data-testid='tweetText']");
    const outcome = await browser.report(page);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    await browser.stopServiceWorker();

    // A fresh log page (the worker restarts on demand) lists the draft.
    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html'));
    await expect.poll(() => log.locator('body').textContent(), { timeout: 10_000 }).toContain('TestUser123');
    const report = await browser.readReport(outcome.reportId);
    expect(report?.status).toBe('draft');
    expect(report?.evidence).toHaveLength(4);
    await browser.closeOtherPages();
  });

  it('saves a page capture, and says so, when no post is under the pointer', async () => {
    const page = await browser.openPage('https://x.com/constat_demo/status/1900000000000000001', demoThread);
    await rightClick(page, 'header');
    const outcome = await browser.report(page);
    expect(outcome).toMatchObject({ ok: true, target: 'page' });
    if (!outcome.ok) return;
    expect(outcome.warnings.join(' ')).toMatch(/No post was found where you right-clicked/);
    const report = await browser.readReport(outcome.reportId);
    expect(report).toMatchObject({ target: 'page', platform: 'x', extracted: null });
    const kinds = (await browser.readEvidence(outcome.reportId)).map((e) => e.kind).sort();
    expect(kinds).toEqual(['metadata', 'screenshot']);
    await browser.closeOtherPages();
  });
});

describe('without a recorded right-click (the page was open before Constat was installed)', () => {
  it('finds the post from the text the user selected', async () => {
    const page = await browser.openPage('https://x.com/constat_demo/status/1900000000000000001', demoThread);
    // Select the second post's text the way a user would, without any right-click.
    await page.evaluate(() => {
      const text = document.querySelectorAll('[data-testid="tweetText"]')[1];
      if (text) getSelection()?.selectAllChildren(text);
    });
    const outcome = await browser.report(page);
    expect(outcome).toMatchObject({ ok: true, target: 'post' });
    if (!outcome.ok) return;
    const report = await browser.readReport(outcome.reportId);
    expect(report?.extracted).toMatchObject({
      kind: 'reply',
      permalink: 'https://x.com/demo_reader/status/1900000000000000002',
      author: { handle: 'demo_reader', name: 'Demo Reader' },
    });
    expect(report?.meta.menu.selectionText).toContain('a made-up reply');
    await browser.closeOtherPages();
  });

  it('saves a page capture saying it could not tell what was clicked, when nothing points at a post', async () => {
    const page = await browser.openPage('https://x.com/constat_demo/status/1900000000000000001', demoThread);
    const outcome = await browser.report(page);
    expect(outcome).toMatchObject({ ok: true, target: 'page' });
    if (!outcome.ok) return;
    expect(outcome.warnings.join(' ')).toMatch(/could not tell what was right-clicked/);
    await browser.closeOtherPages();
  });
});
