import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConstatBrowser } from '../harness/constat-browser';
import {
  channelIds,
  confirmPictureRemoval,
  formFixture,
  isLeftToPerson,
  openComposer,
  panelShows,
  postCaseOf,
  prepareNotice,
  reportCase,
  useChannel,
} from '../harness/notice-flow';

// PHAROS, the French police's reporting service, reached from the composer of a report on X: its
// home page, then four steps the person walks through with « Suivant », each filled as it shows, and
// a last step whose « Valider » only the person clicks.

const pharosAddress = 'https://www.internet-signalement.gouv.fr/PharosS1/';
const xCase = postCaseOf('x');
let browser: ConstatBrowser;
let reportId: string;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
  browser.server.set(pharosAddress, formFixture('pharos.html'));
  reportId = await reportCase(browser, xCase);
});

afterEach(async () => {
  await browser.closeOtherPages();
});

afterAll(async () => {
  await browser?.close();
});

/** Clicks « Signaler un contenu » on the home page, as the person starts a report. */
async function startReport(page: Page) {
  await page.getByRole('button', { name: 'Signaler un contenu' }).click();
  return page.locator('form#signalement');
}

describe('PHAROS: the five-step flow, walked through as the person, never validated', () => {
  it('fills the type of content, the situation in Paris time and the contact details, step by step', async () => {
    const composer = await openComposer(browser, reportId);
    await prepareNotice(composer, {
      categoryId: 'threats',
      grounds: ['origin'],
      language: 'fr',
      name: 'Camille Martin',
      email: 'camille@example.org',
    });
    expect(await channelIds(composer)).toContain('pharos');
    const page = await useChannel(browser, composer, 'pharos', pharosAddress);
    const form = await startReport(page);
    const next = form.getByRole('button', { name: 'Suivant' });

    // Step 1: the type of content; whether the person is the victim is theirs to say.
    await panelShows(page, { contentType: 'filled' });
    expect(await form.getByLabel('Menaces ou incitation à la violence').isChecked()).toBe(true);
    for (const answer of ['Oui', 'Non']) {
      const victim = form.getByLabel(answer, { exact: true });
      expect(await victim.isChecked()).toBe(false);
      expect(await isLeftToPerson(victim)).toBe(true);
    }

    // Step 2: the situation. Published 11:10 UTC on 28 October 2025, winter time: 12:10 in Paris.
    await next.click();
    await panelShows(page, { publishedDate: 'filled', contentUrl: 'filled', explanation: 'filled' });
    expect(await form.getByLabel('Date de publication du contenu *').inputValue()).toBe('2025-10-28');
    expect(await form.getByLabel('Heure de publication').inputValue()).toBe('12:10');
    expect(await form.getByLabel('Réseau social').isChecked()).toBe(true);
    expect(await form.getByLabel('Adresse URL du contenu *').inputValue()).toBe(xCase.case.expect.permalink);
    const comments = await form.getByLabel('Commentaires').inputValue();
    expect(comments).toContain('Code pénal');
    expect(comments).toContain(xCase.case.expect.text?.slice(0, 40));

    // Step 3: the notifier's details.
    await next.click();
    await panelShows(page, { name: 'filled', email: 'filled' });
    expect(await form.getByLabel('Nom et prénom').inputValue()).toBe('Camille Martin');
    expect(await form.getByLabel('Adresse électronique').inputValue()).toBe('camille@example.org');

    // Step 4: the recap, left for the person to validate.
    await next.click();
    await form.getByRole('button', { name: 'Valider le signalement' }).waitFor();
    expect(browser.server.submissions()).toEqual([]);
  });

  it('leaves the contact details empty for an anonymous notice (sexual content involving minors)', async () => {
    const composer = await openComposer(browser, reportId);
    await prepareNotice(composer, { categoryId: 'child-sexual-content', language: 'fr' });
    // Saving first deletes the stored pictures of the post: the composer asks, the person agrees.
    await composer.click('[data-channel="pharos"] button.primary');
    await composer.getByRole('alertdialog').waitFor();
    expect(browser.context.pages().some((p) => p.url().startsWith(pharosAddress))).toBe(false);
    await confirmPictureRemoval(composer);
    const page = await useChannel(browser, composer, 'pharos', pharosAddress);
    const form = await startReport(page);
    const next = form.getByRole('button', { name: 'Suivant' });

    await panelShows(page, { contentType: 'filled' });
    expect(await form.getByLabel('Pornographie infantile').isChecked()).toBe(true);
    await next.click();
    await panelShows(page, { contentUrl: 'filled' });
    await next.click();
    await panelShows(page, { name: 'left-to-user', email: 'left-to-user' });
    expect(await form.getByLabel('Nom et prénom').inputValue()).toBe('');
    expect(await form.getByLabel('Adresse électronique').inputValue()).toBe('');
    await next.click();
    await form.getByRole('button', { name: 'Valider le signalement' }).waitFor();
    expect(browser.server.submissions()).toEqual([]);

    const report = await browser.readReport(reportId);
    expect(report?.notices.at(-1)?.notice).toMatchObject({ anonymous: true, name: '', email: '' });
  });
});
