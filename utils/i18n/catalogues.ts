import { z } from 'zod';
import type enMessages from '../../public/_locales/en/messages.json';

// The catalogues are the extension's own locale files, never bundled into a page: the browser serves
// its own language synchronously (`i18n.getMessage`), and a page fetches the other one only when it
// needs it (the person chose it in the options, or a document is written in it). English is the
// files' reference: a key missing in French fails the type check (test/unit/i18n/catalogue.test.ts).

export type Lang = 'fr' | 'en';
export type MessageKey = keyof typeof enMessages;
export type Catalogue = Record<MessageKey, { message: string }>;

/** French for any `fr-*` locale, English for every other. */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** What the browser offers: its language, its messages in that language, and the locale files. */
export interface CatalogueSource {
  browserLocale(): string;
  /** The browser's own reading of `_locales/<its language>/messages.json` (it turns `$$` into `$`). */
  browserMessage(key: MessageKey): string;
  fetchCatalogue(lang: Lang): Promise<unknown>;
}

const catalogueSchema = z.record(z.string(), z.object({ message: z.string() }));

export class CatalogueNotLoadedError extends Error {
  constructor(readonly lang: Lang) {
    super(`The ${lang} catalogue was not loaded before use`);
    this.name = 'CatalogueNotLoadedError';
  }
}

export class Catalogues {
  private readonly loaded: Partial<Record<Lang, Catalogue>> = {};

  constructor(private readonly source: CatalogueSource) {}

  browserLang(): Lang {
    return langOf(this.source.browserLocale());
  }

  /** Whether `message(…, lang)` answers without a load. */
  isReady(lang: Lang): boolean {
    return lang === this.browserLang() || lang in this.loaded;
  }

  /** Makes `lang` available to `message`; the browser's own language needs nothing. */
  async load(lang: Lang): Promise<void> {
    if (this.isReady(lang)) return;
    const parsed = catalogueSchema.parse(await this.source.fetchCatalogue(lang));
    this.provide(lang, parsed as Catalogue);
  }

  /** A catalogue already at hand (the unit tests give both). */
  provide(lang: Lang, catalogue: Catalogue): void {
    this.loaded[lang] = catalogue;
  }

  message(key: MessageKey, lang: Lang): string {
    const catalogue = this.loaded[lang];
    // Browsers read `$name$` as a placeholder, so the files write a literal `$` as `$$`.
    if (catalogue) return catalogue[key].message.replaceAll('$$', '$');
    if (lang === this.browserLang()) return this.source.browserMessage(key);
    throw new CatalogueNotLoadedError(lang);
  }
}
