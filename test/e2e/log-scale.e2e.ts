import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../components/log/fill';
import { type Lang, t } from '../../utils/i18n';
import { rowOfReport } from '../../utils/log-index/row';
import { queryWords } from '../../utils/log-index/words';
import type { Report } from '../../utils/model';
import type { ConstatBrowser } from '../harness/constat-browser';
import '../harness/node-catalogues';
import { launchSeeded, type SeededBrowser } from '../harness/seed-page';
import { syntheticReport } from '../harness/synthetic-log';

// The log at scale in real Chromium, in each language: a log of a few hundred synthetic reports
// written through the extension's storage code, then filtered, searched, reopened from its address,
// walked with the keyboard and grouped by author. Expectations are computed from the same reports.

const COUNT = 300;
const OPTIONS = { seed: 7, authors: 40 };
const reports: Report[] = Array.from({ length: COUNT }, (_, i) => syntheticReport(i, OPTIONS));
const rows = reports.map(rowOfReport);

function matching(platform: string | null, typed: string): number {
  const words = queryWords(typed);
  return rows.filter(
    (row) =>
      (!platform || row.platform === platform) &&
      words.every((w) => row.words.some((word) => word.startsWith(w))),
  ).length;
}

async function resultCount(page: Page, lang: Lang, n: number): Promise<void> {
  const text = fill(t('logResultCount', lang), { n, total: COUNT });
  await page.locator('.log-result-count', { hasText: text }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.report-list li.muted'));
}

describe.each([
  ['en', 'en-GB'],
  ['fr', 'fr-FR'],
] as const)('the log at scale in %s', (lang, locale) => {
  let seeded: SeededBrowser;
  let browser: ConstatBrowser;
  let page: Page;

  beforeAll(async () => {
    // Seeded once (in the first language's run, or an earlier run), then a copy of the profile.
    seeded = await launchSeeded(COUNT, { batch: 100, ...OPTIONS }, { locale });
    browser = seeded.browser;
    page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('log.html'));
    await resultCount(page, lang, COUNT);
  }, 300_000);

  afterAll(async () => {
    await seeded?.close();
  });

  it('searches as you type, filters, and reopens the filtered view from its address', async () => {
    await page.getByLabel(t('logSearch', lang)).fill('MÉNAC');
    await resultCount(page, lang, matching(null, 'menac'));
    await page.getByLabel(t('logFilterPlatform', lang)).selectOption('facebook');
    const expected = matching('facebook', 'menac');
    expect(expected).toBeGreaterThan(0);
    await resultCount(page, lang, expected);
    expect(new URL(page.url()).hash).toBe('#/list?platform=facebook&q=M%C3%89NAC');
    const shown = await page.locator('.report-summary__context').allTextContents();
    expect(shown.every((text) => text.includes('Facebook'))).toBe(true);

    await page.reload();
    await resultCount(page, lang, expected);
    expect(await page.getByLabel(t('logSearch', lang)).inputValue()).toBe('MÉNAC');
  });

  // A fresh load of the list, where End once lost the focus (the browser's scroll anchoring moved
  // the view after the window of lines was swapped).
  it('moves through the windowed list with the keyboard', async () => {
    await page.goto('about:blank');
    await page.goto(browser.extensionUrl('log.html#/list'));
    await resultCount(page, lang, COUNT);
    await page.locator('.report-summary a').first().focus();
    await page.keyboard.press('End');
    await page.waitForFunction(
      (last) => document.activeElement?.closest('[data-index]')?.getAttribute('data-index') === String(last),
      COUNT - 1,
    );
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(
      (index) =>
        document.activeElement?.closest('[data-index]')?.getAttribute('data-index') === String(index),
      COUNT - 2,
    );
    // The oldest report is last: the first of the synthetic log.
    const lastTime = await page.locator(`[data-index="${COUNT - 1}"] time`).getAttribute('datetime');
    expect(lastTime).toBe(reports[0]?.createdAt);
  });

  it('groups by author: finds an account and opens its timeline, oldest first', async () => {
    await page.getByRole('link', { name: t('logViewAuthors', lang) }).click();
    await page.getByLabel(t('logAuthorsFind', lang)).fill('@troll_1');
    const keys = [
      ...new Set(rows.filter((row) => row.author.startsWith('troll_1')).map((row) => row.author)),
    ].sort();
    await page.waitForFunction((n) => document.querySelectorAll('.author-list li').length === n, keys.length);
    expect(
      await page
        .locator('.author-list li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-author'))),
    ).toEqual(keys);

    const first = keys[0] as string;
    const about = rows.filter((row) => row.author === first);
    await page.locator(`.author-list li[data-author="${first}"] a`).click();
    await resultCount(page, lang, about.length);
    await expect(page.locator('.log-timeline-heading h2').textContent()).resolves.toContain(
      t('logAuthorFilter', lang),
    );
    const times = await page
      .locator('.report-summary time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(times).toEqual(about.map((row) => row.at).slice(0, times.length));
  });
});
