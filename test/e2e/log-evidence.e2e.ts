import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstatBrowser } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';
import { xSampleHtml, xSampleUrl } from '../harness/x-sample';

// The log as evidence in real Chromium: exports downloaded from the log page and checked with the
// system's tools, the whole log wiped and imported back, the printable report saved as PDF.

let browser: ConstatBrowser;
let dir: string;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
  dir = mkdtempSync(join(tmpdir(), 'constat-log-e2e-'));
  const page = await browser.openPage(xSampleUrl, xSampleHtml);
  await rightClick(page, "article[data-testid='tweet'] div[data-testid='tweetText']");
  const outcome = await browser.report(page);
  if (!outcome.ok) throw new Error('the capture failed');
  await browser.closeOtherPages();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The log page in English, with downloads rather than the save dialog a test cannot answer. */
async function openLog(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined });
  });
  await page.goto(browser.extensionUrl('log.html'));
  await page.waitForSelector('[data-testid="chain-head"]');
  return page;
}

async function download(page: Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

describe('the log as evidence, in Chromium with the built extension', () => {
  it('downloads a ZIP bundle that passes unzip and sha256sum -c', async () => {
    const page = await openLog();
    const zip = await download(page, 'Evidence bundle (ZIP, checkable)', 'bundle.zip');
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'bundle')]);
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: join(dir, 'bundle'),
      encoding: 'utf8',
    });
    expect(check).not.toMatch(/FAILED/);
    expect(check).toMatch(/screenshot\.png: OK/);
    await page.close();
  }, 60_000);

  it('downloads a CSV with a BOM and the post text', async () => {
    const page = await openLog();
    const csv = readFileSync(await download(page, 'Spreadsheet (CSV)', 'log.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Democrat Shutdown Jeopardizes America's Skies");
    await page.close();
  }, 60_000);

  it('verifies the log, wipes it, and imports the JSON export back', async () => {
    const page = await openLog();
    const head = await page.getByTestId('chain-head').textContent();
    await page.getByRole('button', { name: 'Verify the log' }).click();
    await page.waitForSelector('.verify-status .ok');
    const json = await download(page, 'JSON (complete, can be imported)', 'log.json');
    await page.getByRole('button', { name: 'Delete the whole log…' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForSelector('text=The log is empty.');
    await page.locator('.import input[type=file]').setInputFiles(json);
    await page.waitForSelector('text=Imported: 1 added, 0 already here, 0 refused.');
    await page.waitForSelector('.report-summary');
    expect(await page.getByTestId('chain-head').textContent()).not.toBe(head);
    await page.getByRole('button', { name: 'Verify the log' }).click();
    await page.waitForSelector('.verify-status .ok');
    await page.close();
  }, 60_000);

  it('prints the report as an A4 PDF, in French', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('print.html?lang=fr'));
    await page.waitForSelector('[data-ready] .printed-report img');
    await page.emulateMedia({ media: 'print' });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Journal des signalements — rapport de preuves');
    expect(text).toContain('Ce que ce document atteste');
    expect(text).toContain("Democrat Shutdown Jeopardizes America's Skies");
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The text as a reader of the PDF gets it (poppler's pdftotext), page by page.
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    // Cover and chronology, then the report on a page of its own.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const printed = pages.join('\n').replace(/\s+/g, ' ');
    expect(printed).toContain('Journal des signalements — rapport de preuves');
    expect(printed).toContain('Ce que ce document atteste');
    expect(printed).toContain('Democrat Shutdown Jeopardizes');
    expect(printed).toMatch(/[0-9a-f]{64}/);
    await page.close();
  }, 60_000);
});

/** The PDF's text, pages separated by form feeds, as `pdftotext -layout` extracts it. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}
