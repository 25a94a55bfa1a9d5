import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstatBrowser } from '../harness/constat-browser';
import { formFixture, openComposer, postCaseOf, reportCase } from '../harness/notice-flow';

// Every step of the composer without a mouse: each control is reached with Tab alone (in the page's
// focus order) and worked with the keys a person uses (arrows, Space, typing, Enter), from the
// report to the platform's form filled. The report itself is made with the shortcut pressed for real
// in chromium-real-input.e2e.ts.

const formAddress = 'https://help.x.com/forms/dsa/report';
let browser: ConstatBrowser;
let reportId: string;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
  reportId = await reportCase(browser, postCaseOf('x'));
});

afterAll(async () => {
  await browser?.close();
});

const focusedMatches = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the control matching `selector` has the focus; fails if Tab never reaches it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 300; presses++) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused control's value, for selects and radio buttons. */
const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

/** Moves a focused radio group or select with the arrow keys until `value` is chosen. */
async function arrowTo(page: Page, value: string): Promise<void> {
  for (let presses = 0; presses < 100; presses++) {
    if ((await focusedValue(page)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrows never reached ${value}`);
}

describe('the composer with the keyboard alone', () => {
  it('chooses who sees the post, the offence, its ground, the language and the notifier, then opens X’s form', async () => {
    browser.server.set(formAddress, formFixture('x-dsa-report.html'));
    const composer = await openComposer(browser, reportId);
    await composer.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await tabTo(composer, 'input[name="audience"]');
    await arrowTo(composer, 'public');
    await composer.keyboard.press('Space');
    expect(await composer.isChecked('input[name="audience"][value="public"]')).toBe(true);

    await tabTo(composer, '#category');
    await arrowTo(composer, 'hate-provocation');
    expect(await composer.inputValue('#category')).toBe('hate-provocation');

    await tabTo(composer, '#ground-religion');
    await composer.keyboard.press('Space');
    expect(await composer.isChecked('#ground-religion')).toBe(true);

    await tabTo(composer, 'input[name="notice-language"]');
    await arrowTo(composer, 'fr');
    await composer.keyboard.press('Space');
    expect(await composer.isChecked('input[name="notice-language"][value="fr"]')).toBe(true);

    await tabTo(composer, '#notice-name');
    await composer.keyboard.type('Camille Martin');
    await tabTo(composer, '#notice-email');
    await composer.keyboard.type('camille@example.org');

    await tabTo(composer, '[data-channel="x-dsa"] button.primary');
    await composer.keyboard.press('Enter');
    const formTab = () => browser.context.pages().find((p) => p.url().startsWith(formAddress));
    await expect.poll(formTab, { timeout: 30_000 }).toBeDefined();
    const form = formTab() as Page;
    await form.waitForSelector('[data-constat-filled]', { state: 'attached', timeout: 30_000 });
    const report = await browser.readReport(reportId);
    expect(report?.notices.at(-1)).toMatchObject({ channelId: 'x-dsa', sentAt: null });
    expect(report?.notices.at(-1)?.text).toContain('Camille Martin');
  });
});
