import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../harness/case-contract';
import { ConstatBrowser } from '../harness/constat-browser';
import {
  channelIds,
  formFixture,
  isLeftToPerson,
  type NoticeChoices,
  openComposer,
  panelShows,
  postCaseOf,
  prepareNotice,
  reportCase,
  shownOption,
  useChannel,
} from '../harness/notice-flow';

// The platforms' own illegal-content forms (Facebook's legal removal request, Instagram's
// unlawful-content form, Google's troubleshooter for YouTube, Reddit and Bluesky's support desk), each
// reached from the composer of a report on that platform, served at the form's real address, and read
// as the person reads it: by the labels of the platform's form. TikTok, LinkedIn and Threads document
// no such form: their composer offers their own report flow first, with the official help page.

const LAW = 'Loi du 29 juillet 1881, art. 24 al. 7';
const OFFENCE = 'Provocation à la haine, à la violence ou à la discrimination';
const notifier = { name: 'Camille Martin', email: 'camille@example.org' };
const hateOnReligion: NoticeChoices = {
  categoryId: 'hate-provocation',
  grounds: ['religion'],
  language: 'fr',
  ...notifier,
};

let browser: ConstatBrowser;
const reports = new Map<string, Promise<string>>();

/** One report per platform, made from its first saved post on the first test that needs it. */
function reportOn(c: Case): Promise<string> {
  let id = reports.get(c.case.platform);
  if (!id) {
    id = reportCase(browser, c);
    reports.set(c.case.platform, id);
  }
  return id;
}

/**
 * The composer of the platform's report with the notice chosen. It offers the platform's own form
 * first, then its report menu, PHAROS and copy: never another platform's form.
 */
async function composerFor(c: Case, choices: NoticeChoices, platformForm: string): Promise<Page> {
  const composer = await openComposer(browser, await reportOn(c));
  await prepareNotice(composer, choices);
  expect(await channelIds(composer)).toEqual([platformForm, 'in-product', 'pharos', 'copy']);
  return composer;
}

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterEach(async () => {
  await browser.closeOtherPages();
});

/** No form was sent: sending is the person's act, never Constat's. */
const nothingSubmitted = () => expect(browser.server.submissions()).toEqual([]);

afterAll(async () => {
  await browser?.close();
});

describe('Facebook: the legal removal request, filled as the person moves through it', () => {
  const facebook = postCaseOf('facebook');
  const address = 'https://www.facebook.com/help/contact/319149701968527';

  it('fills each step after the person clicks Next, and leaves the statement unticked', async () => {
    browser.server.set(address, formFixture('facebook-legal-removal.html'));
    const composer = await composerFor(facebook, hateOnReligion, 'facebook-legal');
    const page = await useChannel(browser, composer, 'facebook-legal', address);
    const form = page.locator('form#legal-report');
    const next = form.getByRole('button', { name: 'Next' });

    expect(await shownOption(form.getByLabel('In which country is the content illegal? *'))).toBe('France');

    await next.click();
    await panelShows(page, { contentUrl: 'filled', explanation: 'filled' });
    expect(await form.getByLabel(/Links to the content/).inputValue()).toBe(facebook.case.expect.permalink);
    expect(await shownOption(form.getByLabel('What kind of illegal content is it? *'))).toBe('Hate speech');
    expect(await form.getByLabel(/Which law does the content violate/).inputValue()).toBe(LAW);
    const explanation = await form.getByLabel(/Explain why you believe/).inputValue();
    expect(explanation).toContain(LAW);
    expect(explanation).toContain(facebook.case.expect.text?.slice(0, 40));

    await next.click();
    await panelShows(page, { name: 'filled', email: 'filled' });
    expect(await form.getByLabel('Your full name *').inputValue()).toBe(notifier.name);
    expect(await form.getByLabel('Your email address *').inputValue()).toBe(notifier.email);
    const goodFaith = form.getByLabel(/good faith belief/);
    expect(await goodFaith.isChecked()).toBe(false);
    expect(await isLeftToPerson(goodFaith)).toBe(true);
    nothingSubmitted();
  });
});

describe('Instagram: the unlawful-content form, by its real field names', () => {
  const instagram = postCaseOf('instagram');
  const address = 'https://help.instagram.com/contact/406206379945942';

  it('opens with the post’s address and fills the rest, leaving the person’s own answers', async () => {
    browser.server.set(address, formFixture('instagram-unlawful-report.html'));
    const composer = await composerFor(instagram, hateOnReligion, 'instagram-unlawful');
    const page = await useChannel(browser, composer, 'instagram-unlawful', address);
    const form = page.locator('form#unlawful-report');

    await panelShows(page, { country: 'filled', explanation: 'filled', email: 'filled' });
    expect(await form.locator('[name="URLs1"]').inputValue()).toBe(instagram.case.expect.permalink);
    expect(await shownOption(form.locator('[name="gb_country"]'))).toBe('France');
    expect(await form.locator('[name="Field237366092180898"]').inputValue()).toBe(LAW);
    expect(await form.locator('[name="legal_explanation"]').inputValue()).toContain(LAW);
    expect(await form.locator('[name="authorization"][value="myself"]').isChecked()).toBe(true);
    expect(await form.locator('[name="Name"]').inputValue()).toBe('Camille');
    expect(await form.locator('[name="Surname"]').inputValue()).toBe('Martin');
    expect(await form.locator('[name="email_address"]').inputValue()).toBe(notifier.email);
    expect(await form.locator('[name="email_confirm"]').inputValue()).toBe(notifier.email);
    expect(await form.locator('[name="signature"]').inputValue()).toBe(notifier.name);
    expect(await form.locator('[name="Final_agree"]').isChecked()).toBe(false);
    nothingSubmitted();
  });
});

describe('Google: the content-reporting troubleshooter for YouTube', () => {
  const youtube = postCaseOf('youtube');
  const address = 'https://reportcontent.google.com/troubleshooter';

  it('answers the DSA question, fills what it reveals, and leaves residence, date and statement', async () => {
    browser.server.set(address, formFixture('google-legal-report.html'));
    const composer = await composerFor(youtube, hateOnReligion, 'google-legal');
    const page = await useChannel(browser, composer, 'google-legal', address);
    const form = page.locator('form#lr_legalother');

    expect(await form.getByLabel('Full legal name *').inputValue()).toBe(notifier.name);
    expect(await form.getByLabel('Contact email address *').inputValue()).toBe(notifier.email);
    expect(await form.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    expect(await shownOption(form.getByLabel("Which country's law does the content violate? *"))).toBe(
      'France',
    );
    expect(await shownOption(form.getByLabel('Legal category *'))).toBe('Hate speech');
    expect(await form.getByLabel(/Which law \(statute and article\)/).inputValue()).toBe(LAW);
    expect(await form.getByLabel('URL of the content you want to report *').inputValue()).toBe(
      youtube.case.expect.permalink,
    );
    expect(await form.getByLabel(/Please explain, in detail/).inputValue()).toContain(
      youtube.case.expect.text,
    );
    expect(await form.getByLabel('Signature *').inputValue()).toBe(notifier.name);

    // The person's own country, the date they sign and their sworn statement are theirs to give.
    const residence = form.getByLabel('Country of residence *');
    expect(await residence.inputValue()).toBe('');
    expect(await isLeftToPerson(residence)).toBe(true);
    expect(await isLeftToPerson(form.getByLabel('Signed on this date of: *'))).toBe(true);
    const statement = form.getByLabel(/good faith belief/);
    expect(await statement.isChecked()).toBe(false);
    expect(await isLeftToPerson(statement)).toBe(true);
    nothingSubmitted();
  });
});

describe('TikTok, LinkedIn, Threads: no documented web form, their own report flow first', () => {
  for (const platform of ['tiktok', 'linkedin', 'threads'] as const) {
    it(`${platform}: offers the in-product flow, never a guessed address`, async () => {
      const composer = await openComposer(browser, await reportOn(postCaseOf(platform)));
      await prepareNotice(composer, hateOnReligion);
      expect(await channelIds(composer)).toEqual(['in-product', 'pharos', 'copy']);
      const help = composer.locator('[data-channel="in-product"] .channel-help a');
      if (platform === 'threads') expect(await help.count()).toBe(0);
      else expect(await help.getAttribute('href')).toMatch(/^https:\/\/www\.(tiktok|linkedin)\.com\//);
    });
  }
});

describe('Reddit: the report form, deep-linked', () => {
  const reddit = postCaseOf('reddit');
  const address = 'https://www.reddit.com/report';

  it('hate: the link selects the rule and fills the link; Constat adds the law to the details', async () => {
    browser.server.set(address, formFixture('reddit-report.html'));
    const composer = await composerFor(reddit, hateOnReligion, 'reddit-report');
    const page = await useChannel(browser, composer, 'reddit-report', address);
    const form = page.locator('form#report');

    expect(await form.getByLabel(/promoting hate based on identity/).isChecked()).toBe(true);
    expect(await form.getByLabel('Link to the post or comment *').inputValue()).toBe(
      reddit.case.expect.permalink,
    );
    const details = await form.getByLabel('Additional information').inputValue();
    expect(details).toContain(LAW);
    expect(details).toContain(reddit.case.expect.text?.slice(0, 40));
    nothingSubmitted();
  });

  it('other illegal content: picks “illegal under EU law” and fills the fields it reveals', async () => {
    browser.server.set(address, formFixture('reddit-report.html'));
    const composer = await composerFor(reddit, { categoryId: 'other-illegal', ...notifier }, 'reddit-report');
    // No channel opens while the law is left to name: the person names it.
    expect(await composer.locator('[data-channel="reddit-report"] button.primary').isDisabled()).toBe(true);
    await composer.fill('#notice-legalBasis', 'Code pénal, art. 226-1');
    const page = await useChannel(browser, composer, 'reddit-report', address);
    const form = page.locator('form#report');

    await panelShows(page, { country: 'filled', name: 'filled', email: 'filled' });
    expect(await form.getByLabel(/Illegal content under EU law/).isChecked()).toBe(true);
    expect(await shownOption(form.getByLabel('Country whose law it breaks *'))).toBe('France');
    expect(await form.getByLabel('Full name *').inputValue()).toBe(notifier.name);
    expect(await form.getByLabel('Email *').inputValue()).toBe(notifier.email);
    expect(await form.getByLabel('Additional information').inputValue()).toContain(
      reddit.case.expect.text?.slice(0, 40),
    );
    const statement = form.getByLabel(/good faith belief/);
    expect(await statement.isChecked()).toBe(false);
    expect(await isLeftToPerson(statement)).toBe(true);
    nothingSubmitted();
  });
});

describe('Bluesky: a support request to Bluesky’s help desk', () => {
  const bluesky = postCaseOf('bluesky');
  const address = 'https://blueskyweb.zendesk.com/hc/requests/new';

  it('pre-fills the email and the whole notice by the address, then the DSA fields', async () => {
    browser.server.set(address, formFixture('bluesky-dsa-report.html'));
    const reportId = await reportOn(bluesky);
    const composer = await composerFor(bluesky, hateOnReligion, 'bluesky-dsa');
    const page = await useChannel(browser, composer, 'bluesky-dsa', address);
    const form = page.locator('form#new_request');
    const noticeText = (await browser.readReport(reportId))?.notices.at(-1)?.text;

    expect(await shownOption(form.getByLabel('Please choose your issue below'))).toBe(
      'Report illegal content (EU Digital Services Act)',
    );
    expect(await form.getByLabel('Your email address').inputValue()).toBe(notifier.email);
    expect(await form.getByLabel('Subject').inputValue()).toContain(OFFENCE);
    // The notice as the log keeps it, word for word.
    expect(await form.getByLabel('Description').inputValue()).toBe(noticeText);
    expect(await form.getByLabel('Link to the content').inputValue()).toBe(bluesky.case.expect.permalink);
    expect(await shownOption(form.getByLabel('Country whose law the content violates'))).toBe('France');
    expect(await form.getByLabel('Your full name').inputValue()).toBe(notifier.name);
    const statement = form.getByLabel(/good faith belief/);
    expect(await statement.isChecked()).toBe(false);
    expect(await isLeftToPerson(statement)).toBe(true);
    nothingSubmitted();
  });
});
