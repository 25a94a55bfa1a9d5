import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeConstatDB } from '../../utils/db/open';

// Each test starts with an empty database and a fresh fake browser.
beforeEach(async () => {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
