import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../utils/evidence/crop';
import { parseLogExport } from '../../utils/export/check-log-export';
import type { StoredEvidence } from '../harness/constat-browser';
import { FirefoxConstat } from '../harness/firefox-browser';
import { formFixture, postCaseOf } from '../harness/notice-flow';

// The main paths in Firefox ESR, with the build of `npm run build:e2e`: Firefox's background page,
// its `moz-extension:` pages and IndexedDB, its screenshot, its tabs and its downloads.

const xCase = postCaseOf('x');
const formAddress = 'https://help.x.com/forms/dsa/report';
let firefox: FirefoxConstat;
let reportId = '';

beforeAll(async () => {
  firefox = await FirefoxConstat.launch();
});

afterAll(async () => {
  await firefox?.close();
});

const bytesOf = (e: StoredEvidence) => Buffer.from(e.base64, 'base64');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The value of each control Constat filled, by notice field (`data-constat-filled`). */
function filledFields(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    for (const element of document.querySelectorAll<HTMLElement>('[data-constat-filled]')) {
      const key = element.dataset.constatFilled ?? '';
      if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox'))
        values[key] = element.checked ? element.value : '';
      else if (element instanceof HTMLInputElement && element.type === 'file')
        values[key] = element.files?.[0]?.name ?? '';
      else values[key] = (element as HTMLInputElement).value;
    }
    return values;
  });
}

describe('Firefox ESR: right-click → report → notice → export', () => {
  it('stores the post, its screenshot cropped to the post, and hashes of exactly the stored bytes', async () => {
    const page = await firefox.openPage(xCase.case.url, readFileSync(xCase.htmlPath, 'utf8'));
    const menu = await firefox.rightClick(page, xCase.case.target);
    const outcome = await firefox.report(page, menu);
    expect(outcome).toMatchObject({ ok: true, target: 'post' });
    if (!outcome.ok) return;
    reportId = outcome.reportId;

    const report = await firefox.readReport(reportId);
    expect(report).toMatchObject({
      status: 'draft',
      platform: 'x',
      extracted: { permalink: xCase.case.expect.permalink },
      meta: { pageUrl: xCase.case.url },
    });
    expect(report?.meta.browser).toMatchObject({ name: 'Firefox' });
    const evidence = await firefox.readEvidence(reportId);
    expect(evidence.map((e) => e.kind).sort()).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
    for (const e of evidence) {
      expect(sha256(bytesOf(e))).toBe(e.sha256);
      expect(bytesOf(e).length).toBe(e.size);
    }
    const { postRect, viewport, cropParts } = report?.meta ?? {};
    const dpr = viewport?.devicePixelRatio ?? 1;
    const full = pngSize(bytesOf(evidence.find((e) => e.kind === 'screenshot')!));
    const crop = pngSize(bytesOf(evidence.find((e) => e.kind === 'post-crop')!));
    expect(full.width).toBe(Math.round((viewport?.width ?? 0) * dpr));
    expect(Math.abs(crop.width - postRect!.width * dpr)).toBeLessThanOrEqual(1);
    expect(Math.abs(crop.height - postRect!.height * dpr)).toBeLessThanOrEqual(cropParts ?? 1);
  });

  it('stitches a post taller than the window at the person’s zoom: Firefox zooms a whole site at once', async () => {
    const demo = readFileSync(new URL('../demo/x-demo-thread.html', import.meta.url), 'utf8');
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i + 1} of a very long post.<br>`).join('');
    const tall = demo.replace('DEMO — made-up post for trying Constat.', `${lines} DEMO end.`);
    const page = await firefox.openPage('https://x.com/constat_demo/status/1900000000000000001', tall);
    const menu = await firefox.rightClick(page, "article[data-testid='tweet'] [data-testid='tweetText']");
    const outcome = await firefox.report(page, menu);
    expect(outcome).toMatchObject({ ok: true, target: 'post', warnings: [] });
    if (!outcome.ok) return;
    const { meta } = (await firefox.readReport(outcome.reportId)) ?? {};
    // Site-specific zoom (Firefox's default) refuses a zoom for this tab alone: nothing is zoomed.
    expect(meta?.captureZoom ?? null).toBeNull();
    expect(meta?.cropParts).toBeGreaterThanOrEqual(2);
    const tabId = await firefox.tabIdOf(page);
    const control = await firefox.control();
    expect(await control.evaluate((id) => browser.tabs.getZoom(id), tabId)).toBe(1);
    await page.close();
  });

  it('opens the composer on the stored report, in a tab beside the post', async () => {
    const composer = await firefox.pageAt(firefox.extensionUrl(`composer.html?id=${reportId}`));
    await composer.waitForSelector('#category');
    // No sidebar is open in this window (test/e2e/panel-firefox.e2e.ts opens one): the composer is the post's next tab.
    const tabs = await firefox.tabs();
    const post = tabs.find((t) => t.url === xCase.case.url);
    const opened = tabs.find((t) => t.url.includes(`composer.html?id=${reportId}`));
    expect(opened).toMatchObject({ index: (post?.index ?? -2) + 1, openerTabId: post?.id });
  });

  it('fills X’s illegal-content form from the composer, and sends nothing', async () => {
    firefox.server.set(formAddress, formFixture('x-dsa-report.html'));
    const composer = await firefox.pageAt(firefox.extensionUrl(`composer.html?id=${reportId}`));
    await composer.select('#category', 'hate-provocation');
    await composer.click('#ground-religion');
    await composer.click('input[name="notice-language"][value="fr"]');
    await composer.type('#notice-name', 'Camille Martin');
    await composer.type('#notice-email', 'camille@example.org');
    await composer.click('[data-channel="x-dsa"] button.primary');

    const form = await firefox.pageAt(formAddress);
    await form.waitForSelector('[data-constat-panel]', { timeout: 15_000 });
    await form.waitForFunction(() => document.querySelectorAll('[data-constat-filled]').length >= 9);
    const filled = await filledFields(form);
    expect(filled).toMatchObject({
      contentUrl: xCase.case.expect.permalink,
      name: 'Camille Martin',
      email: 'camille@example.org',
      attachment: `constat-${reportId.slice(0, 8)}-post-crop.png`,
    });
    expect(filled.explanation).toContain('Loi du 29 juillet 1881, art. 24 al. 7');
    expect(firefox.server.submissions()).toEqual([]);
    const report = await firefox.readReport(reportId);
    expect(report?.notices.at(-1)).toMatchObject({ channelId: 'x-dsa', sentAt: null });
  });

  it('exports the log as a file that reads back with every hash intact', async () => {
    const log = await firefox.openExtensionPage('log.html');
    const exportButton = await log.waitForSelector('.export button');
    await exportButton?.click();
    await log.waitForSelector('.export-status .ok');
    // Firefox creates the file at once and fills it through a `.part` file: read it once that is gone.
    let text: string | undefined;
    for (const deadline = Date.now() + 15_000; text === undefined && Date.now() < deadline; ) {
      const names = readdirSync(firefox.downloadDir);
      const file = names.find((name) => name.endsWith('.json'));
      if (file && !names.some((name) => name.endsWith('.part'))) {
        const written = readFileSync(join(firefox.downloadDir, file), 'utf8');
        if (written.trimEnd().endsWith('}')) text = written;
      }
      if (text === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(text).toBeDefined();
    const exported = await parseLogExport(JSON.parse(text!));
    const entry = exported.reports.find((r) => r.report.id === reportId);
    expect(entry?.evidence).toHaveLength(4);
    expect(entry?.report.notices.at(-1)?.channelId).toBe('x-dsa');
  });
});
