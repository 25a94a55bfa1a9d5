import enMessages from '../../public/_locales/en/messages.json';
import frMessages from '../../public/_locales/fr/messages.json';

// Every user-facing string lives in the extension's locales (public/_locales/<lang>/messages.json), the
// files the browser reads for the manifest and the menus. Pages read them here rather than through
// `browser.i18n`, which only knows the browser's language: the person can choose another one in the
// options. The keys come from the English file; the French one must have every one of them (its type
// says so, and test/unit/i18n/catalogue.test.ts compares their placeholders).

export type Lang = 'fr' | 'en';
export type MessageKey = keyof typeof enMessages;
type Catalogue = Record<MessageKey, { message: string }>;

const catalogues: Record<Lang, Catalogue> = { en: enMessages, fr: frMessages };

/** French for any `fr-*` locale, English for every other. */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

let chosenLang: Lang | undefined;

/** The page's language once the person's choice is known (components/i18n/mount-page.tsx); undefined: the browser's. */
export function setUiLang(lang: Lang | undefined): void {
  chosenLang = lang;
}

/** The interface's language: the one set for this page, else the browser's. */
export function uiLang(): Lang {
  return chosenLang ?? langOf(globalThis.navigator?.language);
}

export function t(key: MessageKey, lang: Lang = uiLang()): string {
  // Browsers read `$name$` as a placeholder, so the files write a literal `$` as `$$`.
  return catalogues[lang][key].message.replaceAll('$$', '$');
}
