import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeConstatDB } from '../../utils/db/open';
import '../harness/node-catalogues';

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
