import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { DB_NAME, DB_VERSION } from '../../utils/db/schema';
import { raidReplies } from '../fixtures/pileon/raid';
import { threadPage } from '../fixtures/pileon/thread-pages';
import { ConstatBrowser } from '../harness/constat-browser';
import {
  formFixture,
  openComposer,
  postCaseOf,
  prepareNotice,
  reportCase,
  useChannel,
} from '../harness/notice-flow';
import { openPileon, pileonPage } from '../harness/pileon-flow';

// The extension's own pages, checked with axe-core in the real browser (layout and colours included):
// no WCAG 2.1 A or AA violation.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: ConstatBrowser;
let reportId: string;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
  reportId = await reportCase(browser, postCaseOf('x'));
});

afterAll(async () => {
  await browser?.close();
});

/** axe's violations on the page, as "rule: target" lines (empty when there is none). */
async function violations(page: Page, context: unknown = null): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the pages' script policy does not apply to.
  await page.evaluate(axeSource);
  const { found, passed } = await page.evaluate(async (within) => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<Record<string, unknown[]>> } })
      .axe;
    const result = await (axe.run as (c: unknown, o: unknown) => Promise<Record<string, unknown[]>>)(
      within ?? document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    );
    return {
      found: result.violations as { id: string; nodes: { target: string[] }[] }[],
      passed: result.passes?.length ?? 0,
    };
  }, context);
  // A run that checked nothing would pass anything.
  if (passed === 0) throw new Error('axe checked no rule on this page');
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('accessibility of Constat’s pages (axe-core, WCAG 2.1 AA)', () => {
  it('the composer, with the notice and its channels', async () => {
    const composer = await openComposer(browser, reportId);
    await prepareNotice(composer, {
      categoryId: 'hate-provocation',
      grounds: ['religion'],
      name: '',
      email: '',
    });
    await composer.waitForSelector('[data-channel="x-dsa"]');
    expect(await violations(composer)).toEqual([]);
    await composer.close();
  });

  it('the panel Constat shows beside a form it filled', async () => {
    browser.server.set('https://help.x.com/forms/dsa/report', formFixture('x-dsa-report.html'));
    const composer = await openComposer(browser, reportId);
    await prepareNotice(composer, { categoryId: 'threats', name: 'Camille', email: 'c@example.org' });
    const form = await useChannel(browser, composer, 'x-dsa', 'https://help.x.com/forms/dsa/report');
    // The form is the platform's (here a model of it); the panel, inside its shadow root, is Constat's.
    expect(await violations(form, { include: [{ fromShadowDom: ['constat-panel', 'section'] }] })).toEqual(
      [],
    );
    await browser.closeOtherPages();
  });

  it('the log, its report page with the notices, and the options', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('log.html'));
    await page.waitForSelector('.report-list');
    expect(await violations(page)).toEqual([]);
    await page.goto(browser.extensionUrl(`log.html#${reportId}`));
    await page.waitForSelector('.notices');
    expect(await violations(page)).toEqual([]);
    await page.goto(browser.extensionUrl('options.html'));
    await page.waitForSelector('.notifier-settings');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the log’s statistics page and its reports grouped by the person attacked', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('log.html#/stats'));
    await page.waitForSelector('[data-stats="per-month"] .ct-bar', { state: 'attached' });
    expect(await violations(page)).toEqual([]);
    await page.goto(browser.extensionUrl('log.html#/targets'));
    await page.waitForSelector('main.targets h1');
    await page.waitForFunction(() => !document.querySelector('main.targets .muted'));
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the first-run page, with its made-up post tried', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('welcome.html'));
    await page.waitForSelector('.notifier-settings');
    expect(await violations(page)).toEqual([]);
    await page.locator('.try-post__post').click({ button: 'right' });
    await page.locator('.try-post__menu button').click();
    await page.waitForSelector('.try-post__result');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('training mode: the practice form, its feedback, a guideline, agreement and files', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('training.html#practice'));
    await page.locator('.training-list button').first().click();
    await page.waitForSelector('form.label-form');
    expect(await violations(page)).toEqual([]);
    await page.locator('form.label-form button[type="submit"]').click();
    await page.waitForSelector('.feedback');
    await page.waitForSelector('#suggestion-heading');
    expect(await violations(page)).toEqual([]);
    for (const [hash, selector] of [
      ['guidelines/hate-provocation', '#guideline-heading'],
      ['agreement', '#agreement-heading'],
      ['files', '#set-files-heading'],
      ['examples', '#examples-heading'],
    ]) {
      await page.goto(browser.extensionUrl(`training.html#${hash}`));
      await page.waitForSelector(selector!);
      expect(await violations(page), hash).toEqual([]);
    }
    await page.close();
  });

  it('the popup, with the reports it lists', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    await page.waitForSelector('.keep-beside button:not([disabled])');
    await page.waitForSelector('.recent-list');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the panel beside the page, showing a report’s composer', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('sidepanel.html'));
    await page.waitForSelector('main.composer .save-bar');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the printable report', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('print.html'));
    await page.waitForSelector('[data-ready] .printed-report img');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the pile-on page, with the replies it found', async () => {
    const { url, html } = threadPage('x', raidReplies().slice(0, 6));
    const pileon = await pileonPage(browser, await openPileon(browser, await browser.openPage(url, html)));
    await pileon.waitForSelector('input[type=checkbox]');
    expect(await violations(pileon)).toEqual([]);
    await browser.closeOtherPages();
  });

  // Last: it leaves the database unusable for this browser, as a newer Constat's would.
  it('the unsaved-capture page, after a save the browser refused', async () => {
    const control = await browser.control();
    // The database on disk moves one layout ahead: the background's next open fails (VersionError).
    await control.evaluate(
      ({ name, version }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name, version + 1);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
      { name: DB_NAME, version: DB_VERSION },
    );
    const post = postCaseOf('x');
    const page = await browser.openPage(post.case.url, readFileSync(post.htmlPath, 'utf8'));
    const outcome = await browser.report(page);
    expect(outcome).toMatchObject({ ok: false, unsavedReportId: expect.any(String) });
    const isUnsaved = (p: Page) => p.url().includes('unsaved.html');
    await expect.poll(() => browser.context.pages().some(isUnsaved)).toBe(true);
    const unsaved = browser.context.pages().find(isUnsaved) as Page;
    await unsaved.waitForSelector('[role=alert]');
    // The browser's refusal, in the catalogue's words: what happened and what to do.
    expect(await unsaved.locator('[role=alert]').textContent()).toContain(
      en.browserErrorDatabaseNewer.message,
    );
    expect(await violations(unsaved)).toEqual([]);
  });
});
