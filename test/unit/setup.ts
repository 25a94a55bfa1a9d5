import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { closeConstatDB } from '../../utils/db/open';
import { catalogues } from '../../utils/i18n';

// The fake browser reads no locale files: both catalogues are at hand, as on a page that loaded them.
catalogues.provide('en', en);
catalogues.provide('fr', fr);

// Each test starts with an empty database and a fresh fake browser.
beforeEach(async () => {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  // The fake browser has no manifest; the extension reads its version from it.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Constat',
    version: '0.1.0',
  });
  // Nor a UI language: English, as the pages' tests expect.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
