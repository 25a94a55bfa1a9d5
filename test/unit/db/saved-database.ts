import { openDB } from 'idb';

/** A database as an earlier build left it: its layout version, stores, indexes and raw records. */
export interface SavedDatabase {
  name: string;
  version: number;
  stores: Record<string, { keyPath: string; indexes: Record<string, string> }>;
  records: Record<string, unknown[]>;
}

/** Writes `saved` into the current (fake) IndexedDB exactly as it was, without the product's code. */
export async function restoreDatabase(saved: SavedDatabase): Promise<void> {
  const db = await openDB(saved.name, saved.version, {
    upgrade(raw) {
      for (const [name, { keyPath, indexes }] of Object.entries(saved.stores)) {
        const store = raw.createObjectStore(name, { keyPath });
        for (const [index, path] of Object.entries(indexes)) store.createIndex(index, path);
      }
    },
  });
  for (const [store, records] of Object.entries(saved.records)) {
    for (const record of records) await db.put(store, structuredClone(record));
  }
  db.close();
}

/** The raw record under `id`, read without the product's code. */
export async function rawReport(id: string): Promise<Record<string, unknown> | undefined> {
  const db = await openDB('constat');
  const value = await db.get('reports', id);
  db.close();
  return value;
}
