import type { IDBPDatabase } from 'idb';
import { toStorageError } from '../db/errors';
import type { LogTx } from '../db/log-events';
import type { ConstatDB } from '../db/schema';
import type { EvidenceRecord } from '../model';

// Where an import keeps the files it read until they join the log. An import reads its file once,
// as it streams, and puts each evidence file (a bundle's every entry) here in a short transaction of
// its own, so that memory holds one file, not the bundle. Nothing here is part of the log: the
// import's final transaction copies the files it checked into `evidence` and removes its staging,
// with the reports and their events, so the log changes all at once or not at all. An import that
// fails removes what it staged; one whose page was closed or killed holds no Web Lock any more, and
// the next opening of the database removes what it left (see open.ts).

type DB = IDBPDatabase<ConstatDB>;

/** A staged file: an import's id, a name within that import, the bytes. */
export interface StagedFile {
  importId: string;
  name: string;
  bytes: ArrayBuffer;
}

/** An evidence record whose bytes wait in the staging area under `staged`. */
export type StagedEvidence = Omit<EvidenceRecord, 'bytes'> & { staged: string };

/** Every key of one import's files: [id, any name] sorts between [id] and [id, []]. */
const importRange = (importId: string) => IDBKeyRange.bound([importId], [importId, []]);

/** The Web Lock an import holds while it runs; its absence tells a later opening it was abandoned. */
const lockName = (importId: string) => `constat-import:${importId}`;

/** The locks of this browser; Constat's browsers all have them (the unit tests' Node does not). */
const browserLocks = (): LockManager | undefined => globalThis.navigator?.locks;

/** One import's staging area. */
export class Staging {
  constructor(
    private readonly db: DB,
    readonly importId: string,
  ) {}

  /** Stores one file on its own; a full disk fails here with the catalogue's "storage full". */
  async put(name: string, bytes: Uint8Array): Promise<void> {
    const own =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : bytes.slice().buffer;
    try {
      await this.db.put('importStaging', { importId: this.importId, name, bytes: own });
    } catch (error) {
      throw toStorageError(error, 'storageActionImportFile');
    }
  }

  async get(name: string): Promise<Uint8Array | null> {
    const staged = await this.db.get('importStaging', [this.importId, name]);
    return staged ? new Uint8Array(staged.bytes) : null;
  }

  /** Removes every file of this import (after a failure; a success removes them in its own transaction). */
  async remove(): Promise<void> {
    await this.db.delete('importStaging', importRange(this.importId));
  }
}

/**
 * Runs `work` with a staging area of its own, holding the import's Web Lock meanwhile; whatever
 * `work` staged is removed when it fails (its final transaction removes it when it succeeds).
 */
export async function withStaging<T>(
  db: DB,
  work: (staging: Staging) => Promise<T>,
  locks = browserLocks(),
): Promise<T> {
  const staging = new Staging(db, crypto.randomUUID());
  const run = async () => {
    try {
      return await work(staging);
    } catch (error) {
      await staging.remove().catch(() => undefined);
      throw error;
    }
  };
  return locks ? locks.request(lockName(staging.importId), run) : run();
}

/**
 * In the import's final transaction: each checked file from the staging area into `evidence`, one
 * at a time (never all the bytes at once), then the import's staging removed.
 */
export async function moveStaged(tx: LogTx, importId: string, records: readonly StagedEvidence[]) {
  const staged = tx.objectStore('importStaging');
  for (const { staged: name, ...record } of records) {
    const file = await staged.get([importId, name]);
    if (!file) {
      // Nothing of the import may be stored without all its files.
      tx.abort();
      throw new Error(`The import's staged file ${name} is gone`);
    }
    await tx.objectStore('evidence').put({ ...record, bytes: file.bytes });
  }
  await staged.delete(importRange(importId));
}

/**
 * Removes the staging of imports that no longer run (their page was closed or killed mid-way),
 * told by their Web Lock being free. Without Web Locks (no browser Constat supports lacks them),
 * whatever is staged is taken as abandoned.
 */
export async function removeAbandonedImports(db: DB, locks = browserLocks()): Promise<number> {
  const abandoned: string[] = [];
  let cursor = await db.transaction('importStaging').store.openKeyCursor();
  while (cursor) {
    const importId = cursor.key[0];
    abandoned.push(importId);
    cursor = await cursor.continue([importId, []] as unknown as [string, string]);
  }
  let removed = 0;
  for (const importId of abandoned) {
    const free = locks
      ? await locks.request(lockName(importId), { ifAvailable: true }, async (lock) => {
          if (lock) await db.delete('importStaging', importRange(importId));
          return lock !== null;
        })
      : await db.delete('importStaging', importRange(importId)).then(() => true);
    if (free) removed++;
  }
  return removed;
}
