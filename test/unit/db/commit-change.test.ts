import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../../utils/db/errors';
import { commitChange } from '../../../utils/db/log-events';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { setUiLang } from '../../../utils/i18n';

// A change is written only if the log is still as it was read; the check runs inside the write's
// transaction. vitest fails the run on any rejection left without a handler (idb's `tx.done`).

beforeEach(async () => {
  await closeConstatDB();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => setUiLang(undefined));

const noWrites = { drafts: [], write: () => [], result: 'written' };

describe('commitChange', () => {
  it('passes on a check whose read failed and aborted the transaction, leaving nothing unhandled', async () => {
    const db = await openConstatDB();
    const failure = new Error('read refused');
    const error = await commitChange(db, async () => ({
      ...noWrites,
      unchanged: async (tx) => {
        // As a read refused by the browser does: the transaction is aborted under the check.
        tx.abort();
        throw failure;
      },
    })).catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(await db.count('events')).toBe(0);
  });

  it('gives up, in the person’s language, when the log keeps changing under it', async () => {
    const db = await openConstatDB();
    let prepared = 0;
    const change = () =>
      commitChange(db, async () => {
        prepared++;
        return { ...noWrites, unchanged: async () => false };
      });
    const error = await change().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toMatch(/kept changing in another Constat window/);
    expect(prepared).toBeGreaterThan(1);
    setUiLang('fr');
    expect(((await change().catch((e: unknown) => e)) as Error).message).toMatch(/autre fenêtre de Constat/);
  });
});
