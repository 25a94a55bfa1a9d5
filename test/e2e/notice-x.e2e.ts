import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstatBrowser } from '../harness/constat-browser';
import {
  channelIds,
  filledFields,
  formFixture,
  isLeftToPerson,
  type NoticeChoices,
  openComposer,
  panelRow,
  panelShows,
  postCaseOf,
  prepareNotice,
  reportCase,
  shownOption,
  useChannel,
} from '../harness/notice-flow';

const formAddress = 'https://help.x.com/forms/dsa/report';
let browser: ConstatBrowser;
let reportId: string;
const xCase = postCaseOf('x');

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
  reportId = await reportCase(browser, xCase);
});

afterAll(async () => {
  await browser?.close();
});

const submissions = () => browser.server.submissions();
const LAW = 'Loi du 29 juillet 1881, art. 24 al. 7';
const hateOnReligion: NoticeChoices = {
  categoryId: 'hate-provocation',
  grounds: ['religion'],
  language: 'fr',
  name: 'Camille Martin',
  email: 'camille@example.org',
};

/** Serves `fixture` at X's form address, composes the notice and opens X's form from the composer. */
async function openXForm(fixture: string, choices = hateOnReligion) {
  browser.server.set(formAddress, formFixture(fixture));
  const composer = await openComposer(browser, reportId);
  await prepareNotice(composer, choices);
  return { composer, form: await useChannel(browser, composer, 'x-dsa', formAddress) };
}

describe('X: from the composer to X’s illegal-content form, filled by label and never sent', () => {
  it('fills every field it knows at the form’s real address and leaves the statement to the person', async () => {
    const { composer, form } = await openXForm('x-dsa-report.html');

    const permalink = xCase.case.expect.permalink ?? '';
    // The panel beside the form names the fields too: look inside the platform's form only.
    const fields = form.locator('form#dsa-report');
    expect(new URL(form.url()).searchParams.get('content_id')).toBe(permalink);
    expect(await fields.getByLabel('Link to the reported content').inputValue()).toBe(permalink);
    expect(await fields.locator('#category option:checked').textContent()).toBe('Hate speech');
    expect(await fields.getByLabel('EU member state whose law the content breaks').inputValue()).toBe('FR');
    expect(await fields.getByLabel(/Legal provision/).inputValue()).toBe(LAW);
    const explanation = await fields.getByLabel('Explanation *').inputValue();
    expect(explanation).toContain(LAW);
    expect(explanation).toContain(xCase.case.expect.text?.slice(0, 30) ?? 'missing');
    expect(await fields.getByLabel('Full name *').inputValue()).toBe('Camille Martin');
    expect(await fields.getByLabel('Email *').inputValue()).toBe('camille@example.org');
    expect(await fields.getByLabel(/Signature/).inputValue()).toBe('Camille Martin');
    expect(await fields.getByLabel('An individual').isChecked()).toBe(true);
    // The cropped post goes with the notice, as the stored evidence's exact bytes.
    const attached = await fields.getByLabel(/Attachments/).evaluate(async (input: HTMLInputElement) => {
      const file = input.files?.[0];
      if (!file) return null;
      const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
      const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      return { name: file.name, type: file.type, sha256 };
    });
    const crop = (await browser.readEvidence(reportId)).find((e) => e.kind === 'post-crop');
    expect(attached).toEqual({
      name: `constat-${reportId.slice(0, 8)}-post-crop.png`,
      type: 'image/png',
      sha256: crop?.sha256,
    });

    // The good-faith statement is the person's own: highlighted, never ticked.
    const declaration = form.locator('#declaration');
    expect(await declaration.isChecked()).toBe(false);
    expect(await declaration.getAttribute('data-constat-todo')).not.toBeNull();
    expect(Object.keys(await filledFields(form)).sort()).toEqual(
      [
        'attachment',
        'category',
        'contentUrl',
        'country',
        'email',
        'explanation',
        'legalBasis',
        'name',
        'reporterType',
        'signature',
      ].sort(),
    );
    expect(submissions()).toEqual([]);

    // The log follows: the channel, its time and the exact text are on the report.
    const report = await browser.readReport(reportId);
    expect(report?.status).toBe('notice-opened');
    expect(report?.notices.at(-1)).toMatchObject({ channelId: 'x-dsa', sentAt: null });
    expect(report?.notices.at(-1)?.text).toContain(permalink);
    await browser.closeOtherPages(composer);
    await composer.close();
  });
});

describe('X: a form that changed, or lacks a field, is still filled by what the person reads', () => {
  it('fills the rebuilt form (new ids, another order, reworded labels) by label', async () => {
    const { composer, form } = await openXForm('x-dsa-report-changed.html');
    expect(await channelIds(composer)).toEqual(['x-dsa', 'in-product', 'pharos', 'copy']);
    const fields = form.locator('form#f-93c1');
    const permalink = xCase.case.expect.permalink;

    expect(await fields.getByLabel('Your email address *').inputValue()).toBe('camille@example.org');
    expect(await fields.getByLabel('Your full name *').inputValue()).toBe('Camille Martin');
    expect(await fields.getByLabel('Individual', { exact: true }).isChecked()).toBe(true);
    expect(await fields.getByLabel('URL of the reported post *').inputValue()).toBe(permalink);
    expect(await shownOption(fields.getByLabel(/Country \(EU member state\)/))).toBe('France');
    expect(await shownOption(fields.getByLabel('Type of illegal content *'))).toBe('Hate speech');
    expect(await fields.getByLabel('Why is this content illegal? *').inputValue()).toContain(LAW);
    expect(await fields.getByLabel('Relevant legal provision').inputValue()).toBe(LAW);
    expect(await fields.getByLabel('Electronic signature *').inputValue()).toBe('Camille Martin');
    const statement = fields.getByLabel(/In good faith/);
    expect(await statement.isChecked()).toBe(false);
    expect(await isLeftToPerson(statement)).toBe(true);
    expect(submissions()).toEqual([]);
    await browser.closeOtherPages();
  });

  it('puts the legal provision, which has no field, in the panel with a Copy button that copies it', async () => {
    const { form } = await openXForm('x-dsa-report-missing-field.html', {
      ...hateOnReligion,
      language: 'en',
    });
    const fields = form.locator('form#dsa-report');
    // The rest of the form is filled as usual; the law still goes with the explanation.
    expect(await fields.getByLabel('Explanation *').inputValue()).toContain(LAW);
    expect(await fields.getByLabel('Full name *').inputValue()).toBe('Camille Martin');

    const provision = panelRow(form, 'legalBasis');
    await panelShows(form, { legalBasis: 'not-found' });
    expect(await provision.locator('strong').textContent()).toBe('Legal basis');
    expect(await provision.locator('.row > .not-found').textContent()).toBe('not found — copy it');
    expect(await provision.locator('.value').textContent()).toBe(LAW);
    const copy = provision.getByRole('button', { name: 'Copy Legal basis' });
    expect(await copy.textContent()).toBe('Copy');

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(formAddress).origin,
    });
    await form.bringToFront();
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied ✓');
    expect(await form.evaluate(() => navigator.clipboard.readText())).toBe(LAW);
    expect(submissions()).toEqual([]);
    await browser.closeOtherPages();
  });
});

describe('X: the fill waits in session storage, for a form reloaded after the worker stopped', () => {
  it('fills the form again on reload, after the browser stopped the idle service worker', async () => {
    const { form } = await openXForm('x-dsa-report.html');
    const fields = form.locator('form#dsa-report');
    await panelShows(form, { explanation: 'filled' });

    await browser.stopServiceWorker();
    // The person types a change, then reloads the page.
    const name = fields.getByLabel('Full name *');
    await name.fill('');
    await name.pressSequentially('Camille M.');
    await panelShows(form, { name: 'changed-by-user' });
    await form.reload();

    await form.waitForSelector('[data-constat-panel]', { state: 'attached' });
    await panelShows(form, { contentUrl: 'already', explanation: 'filled', email: 'filled' });
    const permalink = xCase.case.expect.permalink;
    expect(await fields.getByLabel('Link to the reported content').inputValue()).toBe(permalink);
    expect(await fields.getByLabel('Explanation *').inputValue()).toContain(LAW);
    expect(await fields.getByLabel('Email *').inputValue()).toBe('camille@example.org');
    // Chromium does not restore what was typed on this reload, and Constat fills the name again; a
    // browser that restores it keeps the person's words, which Constat then never overwrites.
    const nameNow = await name.inputValue();
    expect(['Camille Martin', 'Camille M.']).toContain(nameNow);
    await panelShows(form, { name: nameNow === 'Camille M.' ? 'changed-by-user' : 'filled' });
    expect(await fields.locator('#declaration').isChecked()).toBe(false);
    expect(submissions()).toEqual([]);
    await browser.closeOtherPages();
  });
});
