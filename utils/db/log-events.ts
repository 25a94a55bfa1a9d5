import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { t } from '../i18n';
import { type ChainHead, chainEvents, type EventDraft, recordSha256 } from '../log/event';
import { evidenceSummary } from '../log/report-events';
import { refreshRows } from '../log-index/maintain';
import { setTotal } from '../log-index/total';
import { type EvidenceRef, reportSchema } from '../model';
import { resetCounters } from '../stats/counter-store';
import { StorageError } from './errors';
import type { ConstatDB } from './schema';

// Every change to the stored log is written with its events, in the same transaction. Hashing
// (Web Crypto) is asynchronous and an IndexedDB transaction commits as soon as it waits on anything
// else, so a change is prepared first, then written in a transaction that checks nothing moved in
// between (the chain's head, and whatever the change was computed from); if something did, the
// change is prepared again from the new state.

// `importStaging` too: an import moves its checked files from there in the change that adds its reports.
export const logStores = [
  'reports',
  'evidence',
  'events',
  'logIndex',
  'logTotals',
  'statCounters',
  'importStaging',
] as const;
export type LogTx = IDBPTransaction<
  ConstatDB,
  typeof logStores extends readonly (infer S)[] ? S[] : never,
  'readwrite'
>;
type DB = IDBPDatabase<ConstatDB>;

export interface PreparedChange<T> {
  drafts: EventDraft[];
  /** Whether what the change was computed from is still what is stored; read inside the write. */
  unchanged(tx: LogTx): Promise<boolean>;
  /** The writes besides the events; issued in order, before the events are added. */
  write(tx: LogTx): Promise<unknown>[];
  result: T;
  /** The events begin a new chain (after a wipe) rather than follow the current head. */
  newChain?: boolean;
}

const ATTEMPTS = 8;

export async function readChainHead(db: DB): Promise<ChainHead | null> {
  const cursor = await db.transaction('events').store.openCursor(null, 'prev');
  return cursor ? { seq: cursor.value.seq, hash: cursor.value.hash } : null;
}

async function headIn(tx: LogTx): Promise<string | null> {
  const cursor = await tx.objectStore('events').openCursor(null, 'prev');
  return cursor?.value.hash ?? null;
}

/** Prepares and writes one change with its events; all of it is stored, or none. */
/**
 * Whether the log is as `prepare` read it. A read that fails here aborts the transaction: its
 * `done` is settled before the error goes on, so it never rejects unhandled.
 */
async function stillAsPrepared<T>(
  tx: LogTx,
  head: ChainHead | null,
  change: PreparedChange<T>,
): Promise<boolean> {
  try {
    return (await headIn(tx)) === (head?.hash ?? null) && (await change.unchanged(tx));
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw error;
  }
}

function abortQuietly(tx: LogTx): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed read, or finished.
  }
}

export async function commitChange<T>(db: DB, prepare: () => Promise<PreparedChange<T>>): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const head = await readChainHead(db);
    const change = await prepare();
    const events = await chainEvents(change.drafts, change.newChain ? null : head);
    const tx = db.transaction([...logStores], 'readwrite');
    const done = tx.done;
    if (!(await stillAsPrepared(tx, head, change))) {
      abortQuietly(tx);
      await done.catch(() => undefined);
      continue;
    }
    const pending: Promise<unknown>[] = [];
    try {
      // A new chain begins only when the whole log was wiped: its index rows and counts go with it.
      if (change.newChain)
        pending.push(
          tx.objectStore('logIndex').clear(),
          setTotal(tx.objectStore('logTotals'), 0),
          resetCounters(tx.objectStore('statCounters')),
        );
      pending.push(...change.write(tx));
      // Each report an event names was written: its index row is rewritten from what is now stored.
      const reportIds = change.drafts.flatMap((draft) => (draft.reportId ? [draft.reportId] : []));
      pending.push(refreshRows(tx, reportIds));
      for (const event of events) pending.push(tx.objectStore('events').add(event));
    } catch (error) {
      // A write refused at once (a value that cannot be stored) must not let the others commit.
      tx.abort();
      await Promise.allSettled([...pending, done]);
      throw error;
    }
    await Promise.all([...pending, done]);
    return change.result;
  }
  throw new StorageError(t('storageLogKeptChanging'), 'unavailable');
}

/** Why a synthetic "created" event exists; the log page explains it in the person's language. */
export const RECORDED_WHEN_HISTORY_BEGAN = 'stored-before-history';

function listedEvidence(value: unknown): EvidenceRef[] {
  const parsed = reportSchema.shape.evidence.safeParse((value as { evidence?: unknown } | null)?.evidence);
  return parsed.success ? parsed.data : [];
}

/** The record's schema version as found, for "Verify the log" to tell an upgrade from an edit. */
function schemaVersionOf(value: unknown): { schemaVersion?: number } {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === 'number' && Number.isFinite(version) ? { schemaVersion: version } : {};
}

/** Whether the log's history holds every report: it has begun, or there is no report to record. */
export async function historyRecorded(db: DB): Promise<boolean> {
  // Whether any event or report exists, by one key each.
  const [anyEvent, anyReport] = await Promise.all([
    db.getKey('events', IDBKeyRange.lowerBound(Number.NEGATIVE_INFINITY)),
    db.getKey('reports', IDBKeyRange.lowerBound('')),
  ]);
  return anyEvent !== undefined || anyReport === undefined;
}

/**
 * Reports stored before the log kept a history (databases older than layout 4) get a "created"
 * event saying so, with the hashes of their state and files as found, the first time the database
 * is opened at layout 4 (the events store is then empty while reports exist).
 */
export async function recordExistingReports(db: DB, now = () => new Date()): Promise<number> {
  if (await historyRecorded(db)) return 0;
  return commitChange(db, async () => {
    const tx = db.transaction('reports');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const at = now().toISOString();
    const drafts: EventDraft[] = [];
    for (const [i, value] of values.entries()) {
      drafts.push({
        type: 'created',
        at,
        reportId: String(keys[i]),
        reportSha256: await recordSha256(value),
        data: {
          recorded: RECORDED_WHEN_HISTORY_BEGAN,
          capturedAt: String((value as { createdAt?: unknown }).createdAt ?? ''),
          evidence: evidenceSummary(listedEvidence(value)),
          ...schemaVersionOf(value),
        },
      });
    }
    return {
      drafts,
      unchanged: async (writeTx) => (await writeTx.objectStore('reports').count()) === values.length,
      write: () => [],
      result: drafts.length,
    };
  });
}
