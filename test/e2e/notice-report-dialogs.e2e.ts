import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCases } from '../harness/case-contract';
import { ConstatBrowser } from '../harness/constat-browser';
import {
  channelIds,
  fixturesDir,
  formFixture,
  openComposer,
  panelShows,
  prepareNotice,
  reportCase,
  reportPost,
  useChannel,
} from '../harness/notice-flow';

// The platforms' own report dialogs (Mastodon, Bluesky), the only channel besides PHAROS and copy on
// these platforms: the post is right-clicked on its own page, and from the composer Constat opens
// that very post's "Report" dialog in the same tab, outlines the reason, and fills the comment box of
// the last step, which the person reaches by clicking through the dialog. It never sends the report.

/** The comment both dialogs take: the offence, the law, the quoted post, within 300 characters. */
const COMMENT =
  'Contenu illicite en droit français : Provocation à la haine, à la violence ou à la discrimination ' +
  '(Loi du 29 juillet 1881, art. 24 al. 7). « An example post for the report dialog. »';

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterEach(async () => {
  await browser.closeOtherPages();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Right-clicks `selector` on the post's page, reports it, and uses the in-product channel from the
 * composer; returns the post's tab once Constat is at work there, after checking the report's post.
 */
async function guideOnPost(
  platform: string,
  address: string,
  fixture: string,
  selector: string,
  channels: string[],
) {
  const reportId = await reportPost(browser, address, formFixture(fixture), selector);
  // The platform's adapter recognised the post under the pointer, with its own address.
  expect(await browser.readReport(reportId)).toMatchObject({
    target: 'post',
    platform,
    extracted: { permalink: address },
  });
  const composer = await openComposer(browser, reportId);
  await prepareNotice(composer, { categoryId: 'hate-provocation', grounds: ['religion'], language: 'fr' });
  expect(await channelIds(composer)).toEqual(channels);
  const page = await useChannel(browser, composer, 'in-product', address);
  // The post's own tab, not a new one.
  expect(browser.context.pages().filter((p) => p.url() === address)).toHaveLength(1);
  return page;
}

describe('Mastodon: the post’s own report dialog', () => {
  const address = 'https://mastodon.social/@someone@mamot.fr/111111111111111111';

  it('opens it on the post, selects “It’s illegal”, and fills the comment of the last step', async () => {
    const page = await guideOnPost('mastodon', address, 'mastodon-report-dialog.html', '.status__content p', [
      'in-product',
      'pharos',
      'copy',
    ]);
    const dialog = page.getByRole('dialog', { name: 'Report @someone@mamot.fr' });
    await dialog.waitFor();
    expect(await page.locator('[data-constat-panel] [role=status]').textContent()).toContain(
      'Fenêtre de signalement ouverte',
    );

    const illegal = page.getByRole('radio', { name: "It's illegal", exact: true });
    await expect.poll(() => dialog.locator(illegal).getAttribute('aria-checked')).toBe('true');
    expect(await dialog.locator('label', { has: illegal }).getAttribute('data-constat-guide')).toBe('0');

    // The person moves on: the posts that back up the report, then the comment.
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await panelShows(page, { comment: 'filled' });
    expect(await dialog.getByLabel('Is there anything else you think we should know?').inputValue()).toBe(
      COMMENT,
    );
    await dialog.getByRole('button', { name: 'Submit report' }).waitFor();
    expect(browser.server.submissions()).toEqual([]);
  });
});

describe('Bluesky: the post’s own report dialog', () => {
  const address = 'https://bsky.app/profile/someone.bsky.social/post/3lexamplepost2';

  it('opens it on the post, outlines “Harassment or Hate” then “Hate Speech”, and fills the details', async () => {
    const page = await guideOnPost(
      'bluesky',
      address,
      'bluesky-report-dialog.html',
      '[data-testid="postText"]',
      ['bluesky-dsa', 'in-product', 'pharos', 'copy'],
    );
    const dialog = page.getByRole('dialog', { name: 'Report dialog' });
    await dialog.waitFor();

    // Plain buttons may move the dialog on: Constat outlines them, the person clicks.
    const category = dialog.getByRole('button', { name: /^Harassment or Hate/ });
    await expect.poll(() => category.getAttribute('data-constat-guide')).toBe('0');
    await category.click();
    const option = dialog.getByRole('button', { name: 'Hate Speech', exact: true });
    await expect.poll(() => option.getAttribute('data-constat-guide')).toBe('1');
    await option.click();
    await dialog.getByRole('button', { name: 'Continue' }).click();

    await panelShows(page, { comment: 'filled' });
    expect(await dialog.getByLabel('Optionally provide additional information below:').inputValue()).toBe(
      COMMENT,
    );
    await dialog.getByRole('button', { name: 'Send report' }).waitFor();
    expect(browser.server.submissions()).toEqual([]);
  });
});

describe('X: a saved page whose menu does nothing', () => {
  it('says the report menu could not be opened and lists the steps to follow by hand', async () => {
    // A post on its own page, so that the report menu is sought in the tab already showing it.
    const xCase = loadCases(`${fixturesDir}x`).find((c) => c.case.url === c.case.expect.permalink);
    if (!xCase) throw new Error('No X case of a post on its own page');
    const reportId = await reportCase(browser, xCase);
    const composer = await openComposer(browser, reportId);
    await prepareNotice(composer, { categoryId: 'hate-provocation', grounds: ['religion'], language: 'en' });
    const page = await useChannel(browser, composer, 'in-product', xCase.case.url);
    const panel = page.locator('[data-constat-panel]');
    // The saved page has the post's "More" button, but no script behind it: no menu opens.
    await expect
      .poll(() => panel.locator('[role=status]').textContent(), { timeout: 10_000 })
      .toMatch(/was not found/);
    const steps = await panel.locator('h3 + p + p, h3 + p').allTextContents();
    expect(steps.join(' ')).toContain('1. Report EU illegal content → 2. Hate speech (unverified)');
    expect(browser.server.submissions()).toEqual([]);
  });
});
