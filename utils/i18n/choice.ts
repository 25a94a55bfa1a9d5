import { browser } from 'wxt/browser';
import { loadSettings, type UiLanguageChoice } from '../settings';
import { type Lang, langOf } from '.';

// Which language the pages (and the reminders) speak: the person's choice in the options, else the
// browser's UI language. The menus and the manifest always follow the browser's: it reads them itself.

export function resolveUiLang(choice: UiLanguageChoice, browserLocale: string): Lang {
  return choice === 'browser' ? langOf(browserLocale) : choice;
}

/** The language chosen in the settings; the browser's when they are unreadable (the options page says so). */
export async function chosenUiLang(): Promise<Lang> {
  const choice = await loadSettings().then(
    (settings) => settings.uiLanguage,
    () => 'browser' as const,
  );
  return resolveUiLang(choice, browser.i18n.getUILanguage());
}
