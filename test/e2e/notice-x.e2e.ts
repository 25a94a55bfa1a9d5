import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstatBrowser } from '../harness/constat-browser';
import {
  filledFields,
  formFixture,
  openComposer,
  postCaseOf,
  prepareNotice,
  reportCase,
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

describe('X: from the composer to X’s illegal-content form, filled by label and never sent', () => {
  it('fills every field it knows at the form’s real address and leaves the statement to the person', async () => {
    browser.server.set(formAddress, formFixture('x-dsa-report.html'));
    const composer = await openComposer(browser, reportId);
    await prepareNotice(composer, {
      categoryId: 'hate-provocation',
      grounds: ['religion'],
      language: 'fr',
      name: 'Camille Martin',
      email: 'camille@example.org',
    });
    const form = await useChannel(browser, composer, 'x-dsa', formAddress);

    const permalink = xCase.case.expect.permalink ?? '';
    // The panel beside the form names the fields too: look inside the platform's form only.
    const fields = form.locator('form#dsa-report');
    expect(new URL(form.url()).searchParams.get('content_id')).toBe(permalink);
    expect(await fields.getByLabel('Link to the reported content').inputValue()).toBe(permalink);
    expect(await fields.locator('#category option:checked').textContent()).toBe('Hate speech');
    expect(await fields.getByLabel('EU member state whose law the content breaks').inputValue()).toBe('FR');
    expect(await fields.getByLabel(/Legal provision/).inputValue()).toBe(
      'Loi du 29 juillet 1881, art. 24 al. 7',
    );
    const explanation = await fields.getByLabel('Explanation *').inputValue();
    expect(explanation).toContain('Loi du 29 juillet 1881, art. 24 al. 7');
    expect(explanation).toContain(xCase.case.expect.text?.slice(0, 30) ?? 'missing');
    expect(await fields.getByLabel('Full name *').inputValue()).toBe('Camille Martin');
    expect(await fields.getByLabel('Email *').inputValue()).toBe('camille@example.org');
    expect(await fields.getByLabel(/Signature/).inputValue()).toBe('Camille Martin');
    expect(await fields.getByLabel('An individual').isChecked()).toBe(true);

    // The good-faith statement is the person's own: highlighted, never ticked.
    const declaration = form.locator('#declaration');
    expect(await declaration.isChecked()).toBe(false);
    expect(await declaration.getAttribute('data-constat-todo')).not.toBeNull();
    expect(Object.keys(await filledFields(form)).sort()).toEqual(
      [
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
