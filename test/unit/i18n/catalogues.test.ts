import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { catalogues, readyLang } from '../../../utils/i18n';
import {
  type Catalogue,
  CatalogueNotLoadedError,
  Catalogues,
  type Lang,
} from '../../../utils/i18n/catalogues';

// Pages no longer bundle the catalogues: the browser's language comes from `i18n.getMessage`, the
// other one is fetched from the extension's own `_locales` when a page needs it.

const files: Record<Lang, Catalogue> = { en, fr };

function store(
  browserLocale: string,
  fetchCatalogue = vi.fn(async (lang: Lang): Promise<unknown> => files[lang]),
) {
  const browserMessage = vi.fn((key: keyof Catalogue) => `browser:${key}`);
  return {
    catalogues: new Catalogues({ browserLocale: () => browserLocale, browserMessage, fetchCatalogue }),
    browserMessage,
    fetchCatalogue,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('the catalogues', () => {
  it('answers in the browser’s language through the browser, without reading a file', async () => {
    const { catalogues, browserMessage, fetchCatalogue } = store('fr-CA');
    expect(catalogues.browserLang()).toBe('fr');
    await catalogues.load('fr');
    expect(catalogues.message('extName', 'fr')).toBe('browser:extName');
    expect(browserMessage).toHaveBeenCalledWith('extName');
    expect(fetchCatalogue).not.toHaveBeenCalled();
  });

  it('refuses the other language until it is loaded, then reads it from its file once', async () => {
    const { catalogues, fetchCatalogue } = store('en-US');
    expect(catalogues.isReady('fr')).toBe(false);
    expect(() => catalogues.message('extName', 'fr')).toThrow(CatalogueNotLoadedError);
    await catalogues.load('fr');
    await catalogues.load('fr');
    expect(fetchCatalogue).toHaveBeenCalledTimes(1);
    expect(catalogues.message('optionsTitle', 'fr')).toBe(fr.optionsTitle.message.replaceAll('$$', '$'));
  });

  it('turns the files’ `$$` into `$`, as the browser does', async () => {
    const { catalogues } = store(
      'en-US',
      vi.fn(async () => ({ ...fr, extName: { message: 'a $$ b' } })),
    );
    await catalogues.load('fr');
    expect(catalogues.message('extName', 'fr')).toBe('a $ b');
  });

  it('rejects a file that is not a catalogue and keeps refusing the language', async () => {
    const { catalogues } = store(
      'en-US',
      vi.fn(async () => ({ extName: 'no message' })),
    );
    await expect(catalogues.load('fr')).rejects.toThrow();
    expect(catalogues.isReady('fr')).toBe(false);
  });

  it('falls back to the browser’s language when a file cannot be read', async () => {
    vi.spyOn(catalogues, 'load').mockRejectedValue(new Error('404'));
    vi.spyOn(catalogues, 'browserLang').mockReturnValue('en');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await readyLang('fr')).toBe('en');
  });
});

describe('the bundles', () => {
  it('import no catalogue as a value (a type import adds no byte)', () => {
    const root = join(import.meta.dirname, '../../..');
    const importers = ['utils', 'components', 'entrypoints'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .filter((file) =>
          /^import (?!type )[^;]*messages\.json/m.test(readFileSync(join(root, folder, file), 'utf8')),
        )
        .map((file) => join(folder, file)),
    );
    expect(importers).toEqual([]);
  });
});
