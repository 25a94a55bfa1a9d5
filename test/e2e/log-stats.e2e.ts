import '../harness/node-catalogues';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../utils/model';
import { ConstatBrowser } from '../harness/constat-browser';
import { makeNoticeRecord, makeReport } from '../unit/factories';

// The statistics page and the grouping by target in real Chromium, on a log seeded straight into
// the extension's database: the tables beside the charts give the counts made by hand here.

function seededLog(): Report[] {
  const sent = (decision: 'removed' | 'refused' | null, platform: 'x' | 'facebook', at: string) => {
    const report = makeReport({
      createdAt: at,
      platform,
      categoryId: 'hate-provocation',
      attackTarget: 'Asso Égalité',
      status: 'sent',
    });
    const notice = makeNoticeRecord({
      openedAt: at,
      sentAt: at,
      steps: decision
        ? [{ kind: 'decision', at: new Date(Date.parse(at) + 12 * 3_600_000).toISOString(), decision }]
        : [],
    });
    return { ...report, notices: [notice] };
  };
  return [
    sent('removed', 'x', '2026-10-03T10:00:00.000Z'),
    sent('removed', 'x', '2026-10-05T10:00:00.000Z'),
    sent('refused', 'x', '2026-11-07T10:00:00.000Z'),
    sent(null, 'facebook', '2026-11-09T10:00:00.000Z'),
    makeReport({ createdAt: '2026-11-12T10:00:00.000Z', platform: 'facebook', categoryId: null }),
  ].map((report) => ({ ...report, meta: { ...report.meta, capturedAt: report.createdAt } }));
}

/** Writes the reports into the extension's database as stored records, from one of its pages. */
async function seed(browser: ConstatBrowser, reports: Report[]): Promise<void> {
  const control = await browser.control();
  await control.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('constat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reports', 'readwrite');
          for (const record of records) tx.objectStore('reports').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    reports,
  );
}

async function tableRows(page: Page, figure: string): Promise<string[][]> {
  return page.locator(`[data-stats="${figure}"] tbody tr`).evaluateAll((rows) =>
    // Any space (French puts a no-break one before "%") compared as a plain one.
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

async function openStats(browser: ConstatBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('log.html#/stats'));
  await page.waitForSelector('[data-stats="within-reminder"] .ct-bar', { state: 'attached' });
  return page;
}

describe.each([
  {
    locale: 'en-GB',
    months: [
      ['Oct 2026', '2'],
      ['Nov 2026', '3'],
    ],
    outcomes: [
      ['X', '3', '2', '0', '1', '0', '0'],
      ['Facebook', '1', '0', '0', '0', '1', '0'],
    ],
    median: [['X', '2', '12 h']],
    share: [
      ['X', '3', '2', '67%'],
      ['Facebook', '1', '0', '0%'],
    ],
    title: 'Statistics of the log',
  },
  {
    locale: 'fr-FR',
    months: [
      ['oct. 2026', '2'],
      ['nov. 2026', '3'],
    ],
    outcomes: [
      ['X', '3', '2', '0', '1', '0', '0'],
      ['Facebook', '1', '0', '0', '0', '1', '0'],
    ],
    median: [['X', '2', '12 h']],
    share: [
      ['X', '3', '2', '67 %'],
      ['Facebook', '1', '0', '0 %'],
    ],
    title: 'Statistiques du journal',
  },
])('the statistics page and the targets in Chromium ($locale)', (expected) => {
  let browser: ConstatBrowser;

  beforeAll(async () => {
    browser = await ConstatBrowser.launch({ locale: expected.locale });
    await seed(browser, seededLog());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the expected counts in the tables beside the charts', async () => {
    const page = await openStats(browser);
    expect(await page.locator('h1').textContent()).toBe(expected.title);
    expect(await tableRows(page, 'per-month')).toEqual(expected.months);
    expect(await tableRows(page, 'per-platform')).toEqual([
      ['X', '3'],
      ['Facebook', '2'],
    ]);
    expect(await tableRows(page, 'outcomes')).toEqual(expected.outcomes);
    expect(await tableRows(page, 'removal-time')).toEqual(expected.median);
    expect(await tableRows(page, 'within-reminder')).toEqual(expected.share);
    await page.close();
  });

  it('lists the person attacked with the timeline of the reports about them', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('log.html'));
    await page.locator('nav.log-views a[href="#/targets"]').click();
    await page.waitForSelector('.target-timeline');
    expect(await page.locator('.target-timeline h2').allTextContents()).toEqual(['Asso Égalité']);
    expect(await page.locator('.target-timeline tbody tr').count()).toBe(4);
    await page.close();
  });
});
