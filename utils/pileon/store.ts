import { StorageError, toStorageError } from '../db/errors';
import { openConstatDB } from '../db/open';
import { t } from '../i18n';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import { type Collection, type CollectionItem, collectionSchema } from './collection';

// Collections in their own object store. Reports stay in the log's store: a collection names them.

function parseCollection(value: unknown): Collection {
  const parsed = collectionSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = (value as { id?: unknown } | undefined)?.id;
  throw new StorageError(
    fill(t('storedRecordUnreadable'), { id: String(id), detail: zodIssuesText(parsed.error) }),
    'invalid-record',
  );
}

/** Stores a new collection; opening it closes any other open one. */
export async function createCollection(collection: Collection): Promise<void> {
  const checked = collectionSchema.parse(collection);
  try {
    const db = await openConstatDB();
    const tx = db.transaction('collections', 'readwrite');
    const all = (await tx.store.getAll()).map(parseCollection);
    const closed = checked.open ? all.filter((c) => c.open).map((c) => ({ ...c, open: false })) : [];
    await Promise.all([...closed.map((c) => tx.store.put(c)), tx.store.add(checked), tx.done]);
  } catch (error) {
    throw toStorageError(error, 'storageActionSaveCollection');
  }
}

export async function getCollection(id: string): Promise<Collection | null> {
  const db = await openConstatDB();
  const value = await db.get('collections', id);
  return value === undefined ? null : parseCollection(value);
}

/** Every collection, newest first. */
export async function listCollections(): Promise<Collection[]> {
  const db = await openConstatDB();
  const all = (await db.getAll('collections')).map(parseCollection);
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The collection that "Add to the open collection" adds to, if any. */
export async function openCollection(): Promise<Collection | null> {
  return (await listCollections()).find((c) => c.open) ?? null;
}

/** Reads, changes and rewrites one collection in a single transaction; the result is validated. */
export async function updateCollection(
  id: string,
  change: (collection: Collection) => Collection,
): Promise<Collection> {
  try {
    const db = await openConstatDB();
    const tx = db.transaction('collections', 'readwrite');
    const current = await tx.store.get(id);
    if (current === undefined)
      throw new StorageError(fill(t('storedCollectionMissing'), { id }), 'invalid-record');
    const next = collectionSchema.parse({
      ...change(parseCollection(current)),
      updatedAt: new Date().toISOString(),
    });
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  } catch (error) {
    throw toStorageError(error, 'storageActionSaveCollection');
  }
}

/** Adds replies to a collection; a report it already names is not added twice. */
export function addItems(id: string, items: readonly CollectionItem[]): Promise<Collection> {
  return updateCollection(id, (collection) => {
    const known = new Set(collection.items.map((i) => i.reportId));
    const fresh = items.filter((i) => !known.has(i.reportId) && known.add(i.reportId));
    return { ...collection, items: [...collection.items, ...fresh] };
  });
}

export function setOpen(id: string, open: boolean): Promise<Collection> {
  return updateCollection(id, (collection) => ({ ...collection, open }));
}
