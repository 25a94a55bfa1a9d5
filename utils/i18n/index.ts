import { en, type MessageKey } from './en';
import { fr } from './fr';

// UI strings in French and English. The UI follows the browser's language; French for any `fr-*`.

export type Lang = 'fr' | 'en';

const messages: Record<Lang, Record<MessageKey, string>> = { en, fr };

export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function uiLang(): Lang {
  return langOf(globalThis.navigator?.language);
}

export function t(key: MessageKey, lang: Lang = uiLang()): string {
  return messages[lang][key];
}
