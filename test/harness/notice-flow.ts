import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { FieldOutcome } from '../../utils/form-fill/plan';
import { type Case, loadCases } from './case-contract';
import type { ConstatBrowser } from './constat-browser';
import { rightClick } from './right-click';

// The person's path from a post to a filled reporting form, in the real browser: right-click the post,
// report it, choose the category in the composer, and pick a channel. Shared by the e2e tests, the
// benchmark and the demo.

export const fixturesDir = new URL('../fixtures/', import.meta.url).pathname;

export function formFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/forms/${name}`, import.meta.url), 'utf8');
}

/** The first case of the platform's saved pages that finds a post: the page a person would report from. */
export function postCaseOf(platform: string): Case {
  const found = loadCases(`${fixturesDir}${platform}`).find(
    (c) => c.case.platform === platform && c.case.expect.kind !== undefined && c.case.expect.permalink,
  );
  if (!found) throw new Error(`No post case for ${platform}`);
  return found;
}

/** Serves `html` at `url`, right-clicks `selector`, runs the report; returns the stored report's id. */
export async function reportPost(
  browser: ConstatBrowser,
  url: string,
  html: string,
  selector: string,
): Promise<string> {
  const page = await browser.openPage(url, html);
  const menu = await rightClick(page, selector);
  const outcome = await browser.report(page, menu);
  if (!outcome.ok) throw new Error(`The report failed: ${outcome.error}`);
  return outcome.reportId;
}

export async function reportCase(browser: ConstatBrowser, c: Case): Promise<string> {
  return reportPost(browser, c.case.url, readFileSync(c.htmlPath, 'utf8'), c.case.target);
}

/** The composer on a report, in a tab of its own. */
export async function openComposer(browser: ConstatBrowser, reportId: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`composer.html?id=${reportId}`));
  await page.waitForSelector('#category');
  return page;
}

export interface NoticeChoices {
  categoryId: string;
  grounds?: string[];
  language?: 'fr' | 'en';
  /** Who can see the post, as the person confirms it; the saved posts are public ones. */
  audience?: 'public' | 'private';
  name?: string;
  email?: string;
}

/** Chooses the category and grounds, who can see the post, the notice's language and the notifier, as a person would. */
export async function prepareNotice(composer: Page, choices: NoticeChoices): Promise<void> {
  await composer.check(`input[name="audience"][value="${choices.audience ?? 'public'}"]`);
  await composer.selectOption('#category', choices.categoryId);
  for (const ground of choices.grounds ?? []) await composer.check(`#ground-${ground}`);
  await composer.check(`input[name="notice-language"][value="${choices.language ?? 'fr'}"]`);
  if (choices.name !== undefined) await composer.fill('#notice-name', choices.name);
  if (choices.email !== undefined) await composer.fill('#notice-email', choices.email);
}

/**
 * Clicks the channel's button; returns the tab showing `address` (the form it opened, or the post's
 * own tab for a report menu) once Constat has filled it.
 */
export async function useChannel(
  browser: ConstatBrowser,
  composer: Page,
  channelId: string,
  address: string,
): Promise<Page> {
  await composer.click(`[data-channel="${channelId}"] button.primary`);
  // A watchdog, not a speed target: a loaded machine takes seconds to open and load a tab.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const page = browser.context
      .pages()
      .reverse()
      .find((p) => p.url().startsWith(address));
    if (page) {
      await page.waitForSelector('[data-constat-panel]', { state: 'attached', timeout: 30_000 });
      return page;
    }
    if (Date.now() > deadline) throw new Error(`Channel ${channelId} showed no tab at ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What Constat wrote in the form, by notice field: `data-constat-filled` marks each control it filled. */
export async function filledFields(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    for (const element of document.querySelectorAll<HTMLElement>('[data-constat-filled]')) {
      const key = element.dataset.constatFilled ?? '';
      if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox'))
        values[key] = element.checked ? element.value : '';
      else if (element instanceof HTMLInputElement && element.type === 'file')
        values[key] = element.files?.[0]?.name ?? '';
      else if (element instanceof HTMLSelectElement)
        values[key] = element.selectedOptions[0]?.textContent?.trim() ?? '';
      else values[key] = (element as HTMLInputElement).value;
    }
    return values;
  });
}

/** The reporting channels the composer offers for the report, in the order it shows them. */
export async function channelIds(composer: Page): Promise<string[]> {
  return composer
    .locator('[data-channel]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-channel') ?? ''));
}

/** The panel's row for one notice field: its name, what happened to it, its value and Copy button. */
export function panelRow(page: Page, key: string): Locator {
  // Playwright's CSS selectors go through the panel's open shadow root.
  return page.locator(`[data-constat-panel] li[data-key="${key}"]`);
}

/** Waits until the panel says what happened to each field (the next step of a form is filled). */
export async function panelShows(
  page: Page,
  statuses: Record<string, FieldOutcome['status']>,
): Promise<void> {
  for (const [key, status] of Object.entries(statuses)) {
    await panelRow(page, key).locator(`.row > .${status}`).waitFor({ timeout: 10_000 });
  }
}

/** The option a select shows, as the person reads it. */
export async function shownOption(select: Locator): Promise<string> {
  return select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '');
}

/** Whether Constat outlined the control as one the person must fill or tick. */
export async function isLeftToPerson(control: Locator): Promise<boolean> {
  return (await control.getAttribute('data-constat-todo')) !== null;
}

/**
 * Answers the composer's question asked before saving a report whose pictures Constat must not keep
 * (sexual content involving minors): deletes them and saves, as the person would.
 */
export async function confirmPictureRemoval(composer: Page): Promise<void> {
  const question = composer.getByRole('alertdialog');
  await question.getByRole('button', { name: 'Delete the pictures and save' }).click();
  await question.waitFor({ state: 'detached' });
}
