import type { IDBPDatabase } from 'idb';
import { toStorageError } from '../db/errors';
import type { ConstatDB } from '../db/schema';
import { allWrites, inTransaction } from '../db/transaction';
import type { EvidenceRecord } from '../model';
import { importRange, MOVED, marked, markName, movedRange } from './staging-keys';

// Where an import puts the files it reads until they join the log, each written once. An import
// reads its file once, as it streams; a checked file of a report new to the log goes straight into
// `evidence` under its own id, with a mark in `importStaging` naming the import, the report and the
// file: listed by no stored report, it is part of nothing yet, and the log's readers leave marked
// files aside ("Verify the log" by `markedFileIds`). A file that cannot go there yet waits in
// `importStaging` under a name: a bundle's entries before their report.json names them, the files of
// reports already in the log (a merge decides whether they replace the stored ones), a file whose id
// is taken. Files are written a few megabytes to a short transaction, so memory holds those
// megabytes, not the bundle (a browser keeps what a transaction writes until it commits: Chromium
// holds the values in memory). The final transaction adds the reports and their events, puts the
// files still staged of the reports it writes, removes the marked files of reports it did not
// write, clears the marks and empties the staging: the log's reports and events change all at once
// or not at all. An import that fails removes what it staged and, by the marks, what it wrote
// ahead; one whose page was closed or killed holds no Web Lock any more, and the next opening of
// the database does the same for it (see open.ts).

type DB = IDBPDatabase<ConstatDB>;

/** A staged file: an import's id, a name within that import, the bytes. */
export interface StagedFile {
  importId: string;
  name: string;
  bytes: ArrayBuffer;
}

/** An evidence record whose bytes wait under `staged`, or in `evidence` with a mark (`Staging.holds`). */
export type StagedEvidence = Omit<EvidenceRecord, 'bytes'> & { staged: string };

/** A checked file of a report, and its name in the import (a bundle's path, or report and file ids). */
export interface NamedFile {
  name: string;
  record: EvidenceRecord;
}

/** The Web Lock an import holds while it runs; its absence tells a later opening it was abandoned. */
const lockName = (importId: string) => `constat-import:${importId}`;

/** The locks of this browser; Constat's browsers all have them (the unit tests' Node does not). */
const browserLocks = (): LockManager | undefined => globalThis.navigator?.locks;

/** How many bytes of files a staging transaction writes at most (one file may exceed it alone). */
const FLUSH_BYTES = 8 * 1024 * 1024;

/** A file waiting to be written: staged under `name`, or ahead into `evidence` when `ahead` is set. */
interface Pending {
  name: string;
  bytes: ArrayBuffer;
  ahead?: Omit<EvidenceRecord, 'bytes'>;
}

/** The bytes' own buffer when they fill it (as unzipped or decoded), else a copy of them. */
const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : bytes.slice().buffer;

/** One import's files on their way into the log. */
export class Staging {
  constructor(
    private readonly db: DB,
    readonly importId: string,
  ) {}

  /** Files not yet written, and their size: written together once they reach FLUSH_BYTES. */
  private pending: Pending[] = [];
  private pendingBytes = 0;
  /** The names of the files in `importStaging` (a file written ahead has none here). */
  private readonly staged = new Set<string>();

  /**
   * Stages one file under `name`. Files are written a few megabytes at a time, in one transaction
   * each, so a bundle of thousands of small files costs a few hundred transactions instead of one
   * per file; a full disk fails here (or at `flush`) with the catalogue's "storage full".
   */
  async put(name: string, bytes: Uint8Array): Promise<void> {
    await this.queue({ name, bytes: ownBuffer(bytes) });
  }

  /**
   * A checked report's files: into `evidence` under their ids when the report is new to the log
   * (each with its mark), staged under their names when the report is already here (the final
   * transaction decides whether they replace the stored ones). Returns their records.
   */
  async add(reportId: string, files: readonly NamedFile[]): Promise<StagedEvidence[]> {
    const isNew = (await this.db.getKey('reports', reportId)) === undefined;
    const records: StagedEvidence[] = [];
    for (const { name, record } of files) {
      const { bytes, ...fields } = record;
      await this.queue({ name, bytes, ...(isNew ? { ahead: fields } : {}) });
      records.push({ ...fields, staged: name });
    }
    return records;
  }

  /** Whether the file of this name waits in `importStaging` (else it was written ahead). */
  holds(name: string): boolean {
    return this.staged.has(name);
  }

  private async queue(file: Pending): Promise<void> {
    this.pending.push(file);
    this.pendingBytes += file.bytes.byteLength;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /**
   * Writes the files queued since the last flush, in one transaction. A file meant for `evidence`
   * whose id is taken (by a stored file, or by another file of the import) is staged instead.
   */
  async flush(): Promise<void> {
    const files = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (files.length === 0) return;
    try {
      const tx = this.db.transaction(['importStaging', 'evidence'], 'readwrite');
      const staging = tx.objectStore('importStaging');
      const evidence = tx.objectStore('evidence');
      await inTransaction(tx, async () => {
        const taken = await Promise.all(files.map(({ ahead }) => ahead && evidence.getKey(ahead.id)));
        const written = new Set<string>();
        await allWrites((writes) => {
          for (const [i, { name, bytes, ahead }] of files.entries()) {
            if (ahead && taken[i] === undefined && !written.has(ahead.id)) {
              written.add(ahead.id);
              this.staged.delete(name);
              writes.push(evidence.add({ ...ahead, bytes }));
              writes.push(
                staging.put({ importId: this.importId, name: markName(ahead), bytes: new ArrayBuffer(0) }),
              );
            } else {
              this.staged.add(name);
              writes.push(staging.put({ importId: this.importId, name, bytes }));
            }
          }
        });
      });
    } catch (error) {
      throw toStorageError(error, 'storageActionImportFile');
    }
  }

  async get(name: string): Promise<Uint8Array | null> {
    await this.flush();
    const staged = await this.db.get('importStaging', [this.importId, name]);
    return staged ? new Uint8Array(staged.bytes) : null;
  }

  /**
   * Moves the staged files of one report new to the log into `evidence` ahead of the final
   * transaction, in one transaction, each with its mark (a bundle whose entries came in an order
   * that kept them staged); a file whose id is taken stays staged, for the final transaction.
   */
  async moveAhead(records: readonly StagedEvidence[]): Promise<void> {
    await this.flush();
    const moving = records.filter((record) => this.staged.has(record.staged));
    if (moving.length === 0) return;
    try {
      const tx = this.db.transaction(['importStaging', 'evidence'], 'readwrite');
      const staging = tx.objectStore('importStaging');
      const evidence = tx.objectStore('evidence');
      await inTransaction(tx, async () => {
        for (const { staged: name, ...fields } of moving) {
          const [file, stored] = await Promise.all([
            staging.get([this.importId, name]),
            evidence.getKey(fields.id),
          ]);
          if (!file || stored !== undefined) continue;
          await allWrites((writes) => {
            writes.push(evidence.add({ ...fields, bytes: file.bytes }));
            writes.push(staging.delete([this.importId, name]));
            writes.push(
              staging.put({ importId: this.importId, name: markName(fields), bytes: new ArrayBuffer(0) }),
            );
          });
          this.staged.delete(name);
        }
      });
    } catch (error) {
      throw toStorageError(error, 'storageActionImportFile');
    }
  }

  /** Removes what this import staged and wrote ahead (after a failure; a success leaves neither). */
  remove(): Promise<void> {
    this.pending = [];
    this.pendingBytes = 0;
    return removeImport(this.db, this.importId);
  }
}

/** An unfinished import's files: the staged ones, and the ones it moved ahead, found by their marks. */
async function removeImport(db: DB, importId: string): Promise<void> {
  const tx = db.transaction(['importStaging', 'evidence'], 'readwrite');
  const staging = tx.objectStore('importStaging');
  await inTransaction(tx, async () => {
    const marks = await staging.getAllKeys(movedRange(importId));
    await allWrites((writes) => {
      for (const mark of marks) writes.push(tx.objectStore('evidence').delete(marked(mark).evidenceId));
      writes.push(staging.delete(importRange(importId)));
    });
  });
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
 * The ids of the files written ahead by imports not yet finished: in `evidence`, part of nothing
 * until their import's final transaction (or removed with it). Read only while some import has
 * files waiting, which is rare, so "Verify the log" asks it only of the files no report lists.
 */
export async function markedFileIds(db: DB): Promise<Set<string>> {
  const ids = new Set<string>();
  const tx = db.transaction('importStaging');
  if ((await tx.store.count()) === 0) return ids;
  for (const key of await tx.store.getAllKeys()) {
    if (key[1].startsWith(MOVED)) ids.add(marked(key).evidenceId);
  }
  return ids;
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
          if (lock) await removeImport(db, importId);
          return lock !== null;
        })
      : await removeImport(db, importId).then(() => true);
    if (free) removed++;
  }
  return removed;
}
