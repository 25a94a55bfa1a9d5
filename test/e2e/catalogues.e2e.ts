import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { ConstatBrowser } from '../harness/constat-browser';

// No page bundles the catalogues: the browser's language comes from `i18n.getMessage`, the other one
// is fetched from the extension's own `_locales` when the person chooses it in the options.

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch({ locale: 'en-US' });
});

afterAll(async () => {
  await browser?.close();
});

describe('the catalogues in Chromium', () => {
  it('speaks the browser’s language, then the other one once chosen in the options', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    await page.waitForFunction(
      (title) => document.querySelector('h1')?.textContent === title,
      en.optionsTitle.message,
    );
    await page.click('input[name="ui-language"][value="fr"]');
    await page.waitForFunction(
      (title) => document.querySelector('h1')?.textContent === title,
      fr.optionsTitle.message,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // Another page opened now starts in the chosen language.
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('welcome.html'));
    await popup.waitForFunction((title) => document.title.endsWith(title), fr.welcomeTitle.message);
    await page.click('input[name="ui-language"][value="browser"]');
    await page.waitForFunction(
      (title) => document.querySelector('h1')?.textContent === title,
      en.optionsTitle.message,
    );
  });
});
