import type { IDBPDatabase } from 'idb';
import { toStorageError } from '../db/errors';
import type { LogTx } from '../db/log-events';
import type { ConstatDB } from '../db/schema';
import type { EvidenceRecord } from '../model';

// Where an import keeps the files it read until they join the log. An import reads its file once,
// as it streams, and puts each evidence file (a bundle's every entry) here, a few megabytes to a
// short transaction, so that memory holds those megabytes, not the bundle. Once the whole file is
// checked, the files of reports new to the log are moved ahead into `evidence`, a short transaction
// a report, leaving a mark here: a file no stored report lists is shown by nothing (only "Verify
// the log" would name it), and a browser keeps what a transaction writes until it commits (Chromium holds the values
// in memory), so one transaction carrying every file would hold the whole bundle again. The final
// transaction adds the reports and their events, moves the files still staged (those of reports
// already in the log), removes the files moved ahead for reports it did not write, and empties the
// staging: the log's reports and events change all at once or not at all. An import that fails
// removes what it staged and, by the marks, what it moved ahead; one whose page was closed or
// killed holds no Web Lock any more, and the next opening of the database does the same for it
// (see open.ts).

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

/**
 * A mark's name: a file moved ahead into `evidence`, by its report's id and its own. A ZIP entry's
 * name never holds NUL (read-zip.ts refuses it) and a JSON export's files are staged under uuids
 * (their report's and their own), so no file of an import can pass for a mark.
 */
const MOVED = '\0moved/';
const movedRange = (importId: string) => IDBKeyRange.bound([importId, MOVED], [importId, `${MOVED}\uffff`]);

/** The report and evidence ids a mark names. */
function marked([, name]: [string, string]): { reportId: string; evidenceId: string } {
  const [reportId = '', evidenceId = ''] = name.slice(MOVED.length).split('/');
  return { reportId, evidenceId };
}

/** The Web Lock an import holds while it runs; its absence tells a later opening it was abandoned. */
const lockName = (importId: string) => `constat-import:${importId}`;

/** The locks of this browser; Constat's browsers all have them (the unit tests' Node does not). */
const browserLocks = (): LockManager | undefined => globalThis.navigator?.locks;

/** How many bytes of files a staging transaction writes at most (one file may exceed it alone). */
const FLUSH_BYTES = 8 * 1024 * 1024;

/** One import's staging area. */
export class Staging {
  constructor(
    private readonly db: DB,
    readonly importId: string,
  ) {}

  /** Files put but not yet written, and their size: written together once they reach FLUSH_BYTES. */
  private pending: StagedFile[] = [];
  private pendingBytes = 0;

  /**
   * Stages one file. Files are written a few megabytes at a time, in one transaction each, so a
   * bundle of thousands of small files costs a few hundred transactions instead of one per file; a
   * full disk fails here (or at `flush`) with the catalogue's "storage full".
   */
  async put(name: string, bytes: Uint8Array): Promise<void> {
    const own =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : bytes.slice().buffer;
    this.pending.push({ importId: this.importId, name, bytes: own });
    this.pendingBytes += own.byteLength;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /** Writes the files put since the last flush. */
  async flush(): Promise<void> {
    const files = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (files.length === 0) return;
    try {
      const tx = this.db.transaction('importStaging', 'readwrite');
      await Promise.all([...files.map((file) => tx.store.put(file)), tx.done]);
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
   * Moves one report's checked files into `evidence` ahead of the final transaction, in one
   * transaction, each with its mark; returns the files left staged (a file of that id is already
   * stored, so the final transaction decides).
   */
  async moveAhead(records: readonly StagedEvidence[]): Promise<StagedEvidence[]> {
    await this.flush();
    const left: StagedEvidence[] = [];
    try {
      const tx = this.db.transaction(['importStaging', 'evidence'], 'readwrite');
      const staging = tx.objectStore('importStaging');
      const evidence = tx.objectStore('evidence');
      for (const record of records) {
        const { staged: name, ...fields } = record;
        const [file, stored] = await Promise.all([
          staging.get([this.importId, name]),
          evidence.getKey(record.id),
        ]);
        if (!file || stored !== undefined) {
          left.push(record);
          continue;
        }
        const mark = `${MOVED}${record.reportId}/${record.id}`;
        await Promise.all([
          evidence.add({ ...fields, bytes: file.bytes }),
          staging.delete([this.importId, name]),
          staging.put({ importId: this.importId, name: mark, bytes: new ArrayBuffer(0) }),
        ]);
      }
      await tx.done;
      return left;
    } catch (error) {
      throw toStorageError(error, 'storageActionImportFile');
    }
  }

  /** Removes what this import staged and moved ahead (after a failure; a success leaves neither). */
  remove(): Promise<void> {
    return removeImport(this.db, this.importId);
  }
}

/** An unfinished import's files: the staged ones, and the ones it moved ahead, found by their marks. */
async function removeImport(db: DB, importId: string): Promise<void> {
  const tx = db.transaction(['importStaging', 'evidence'], 'readwrite');
  const staging = tx.objectStore('importStaging');
  const marks = await staging.getAllKeys(movedRange(importId));
  await Promise.all([
    ...marks.map((mark) => tx.objectStore('evidence').delete(marked(mark).evidenceId)),
    staging.delete(importRange(importId)),
    tx.done,
  ]);
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
 * In the import's final transaction: the files still staged for the reports it writes into
 * `evidence`, one at a time; the files moved ahead for reports it does not write removed; the
 * import's staging emptied.
 */
export async function finishStaging(
  tx: LogTx,
  importId: string,
  records: readonly StagedEvidence[],
  written: ReadonlySet<string>,
) {
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
  for (const mark of await staged.getAllKeys(movedRange(importId))) {
    const { reportId, evidenceId } = marked(mark);
    if (!written.has(reportId)) await tx.objectStore('evidence').delete(evidenceId);
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
          if (lock) await removeImport(db, importId);
          return lock !== null;
        })
      : await removeImport(db, importId).then(() => true);
    if (free) removed++;
  }
  return removed;
}
