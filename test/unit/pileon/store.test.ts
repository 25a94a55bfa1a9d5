import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../utils/db/errors';
import { openConstatDB } from '../../../utils/db/open';
import {
  addItems,
  createCollection,
  getCollection,
  listCollections,
  openCollection,
  setOpen,
} from '../../../utils/pileon/store';
import { collection, item } from './collection-factory';

describe('collection storage', () => {
  it('stores a collection, reads it back, and keeps one open at a time', async () => {
    const first = collection();
    await createCollection(first);
    expect(await getCollection(first.id)).toEqual(first);
    const second = collection([], { createdAt: '2026-03-03T09:00:00.000Z' });
    await createCollection(second);
    expect((await openCollection())?.id).toBe(second.id);
    expect((await getCollection(first.id))?.open).toBe(false);
    expect((await listCollections()).map((c) => c.id)).toEqual([second.id, first.id]);
    await setOpen(second.id, false);
    expect(await openCollection()).toBeNull();
  });

  it('adds replies once each, in order', async () => {
    const stored = collection();
    await createCollection(stored);
    const a = item('a', 1);
    const b = item('b', 2);
    await addItems(stored.id, [a, b]);
    const next = await addItems(stored.id, [b, a, b]);
    expect(next.items.map((i) => i.reportId)).toEqual([a.reportId, b.reportId]);
  });

  it('refuses a malformed collection and says which stored one is unreadable', async () => {
    await expect(createCollection({ ...collection(), id: 'nope' })).rejects.toThrow();
    const db = await openConstatDB();
    await db.put('collections', { id: 'broken' } as never);
    await expect(getCollection('broken')).rejects.toBeInstanceOf(StorageError);
    await expect(addItems('missing', [])).rejects.toThrow(/does not exist/);
  });
});
