import { browser } from 'wxt/browser';
import { Catalogues, type Lang, langOf, type MessageKey } from './catalogues';

// Every user-facing string lives in the extension's locales (public/_locales/<lang>/messages.json), the
// files the browser reads for the manifest and the menus. Pages read them here: the browser's own
// language through `browser.i18n`, the other one once loaded (`readyLang`), since the person can choose
// it in the options and a notice or a printout can be written in it.

export type { Lang, MessageKey };
export { langOf };

/**
 * The locale `i18n.getMessage` reads the extension's messages in. It is the browser's interface
 * language, except where the two part: headless Chromium on Linux reports the `--lang` it was given
 * from `getUILanguage()` while it serves the English messages. The person's "browser's language"
 * choice still follows `getUILanguage()` (choice.ts): a page then loads that catalogue's file.
 */
function servedLocale(): string {
  try {
    return browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage();
  } catch {
    return browser.i18n.getUILanguage(); // a test's fake browser reads no locale files
  }
}

export const catalogues = new Catalogues({
  browserLocale: servedLocale,
  browserMessage: (key) => browser.i18n.getMessage(key),
  fetchCatalogue: async (lang) => {
    const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json`));
    if (!response.ok) throw new Error(`_locales/${lang}/messages.json: ${response.status}`);
    return response.json();
  },
});

/**
 * `lang` once `t(key, lang)` answers for it; the browser's own language, which needs no file, if the
 * file cannot be read (the page or the notification then still speaks, in the browser's language).
 */
export async function readyLang(lang: Lang): Promise<Lang> {
  try {
    await catalogues.load(lang);
    return lang;
  } catch (error) {
    console.error('Constat: catalogue not loaded', error);
    return catalogues.browserLang();
  }
}

let chosenLang: Lang | undefined;

/** The page's language once the person's choice is known (components/i18n/mount-page.tsx); undefined: the browser's. */
export function setUiLang(lang: Lang | undefined): void {
  chosenLang = lang;
}

/** The interface's language: the one set for this page, else the browser's. */
export function uiLang(): Lang {
  return chosenLang ?? catalogues.browserLang();
}

export function t(key: MessageKey, lang: Lang = uiLang()): string {
  return catalogues.message(key, lang);
}
