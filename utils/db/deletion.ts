import { canonicalJson } from '../log/canonical-json';
import type { EventDraft } from '../log/event';
import { recordSha256 } from '../log/event';
import { evidenceSummary } from '../log/report-events';
import type { EvidenceRecord } from '../model';
import { toStorageError } from './errors';
import { commitChange, type LogTx, readChainHead } from './log-events';
import { openConstatDB } from './open';

// People own their data: a report, a selection or the whole log can be deleted. The evidence goes;
// a tombstone event stays in the chain with the hashes of what went, so the history still shows
// that something existed and was deleted, and when.

/** What a deletion would remove, for the confirmation to say. */
export interface DeletionSummary {
  reports: number;
  files: number;
  bytes: number;
}

export async function describeDeletion(ids?: readonly string[]): Promise<DeletionSummary> {
  const db = await openConstatDB();
  const tx = db.transaction(['reports', 'evidence']);
  const reportIds = ids ?? (await tx.objectStore('reports').getAllKeys());
  const summary: DeletionSummary = { reports: 0, files: 0, bytes: 0 };
  for (const id of reportIds) {
    if ((await tx.objectStore('reports').count(id)) === 0) continue;
    summary.reports++;
    for (const record of await tx.objectStore('evidence').index('byReport').getAll(id)) {
      summary.files++;
      summary.bytes += record.bytes.byteLength;
    }
  }
  return summary;
}

async function tombstone(
  id: string,
  stored: unknown,
  files: EvidenceRecord[],
  at: string,
): Promise<EventDraft> {
  return {
    type: 'deleted',
    at,
    reportId: id,
    reportSha256: null,
    data: { deletedReportSha256: await recordSha256(stored), files: evidenceSummary(files) },
  };
}

/** Deletes these reports and their files, each leaving a "deleted" event; ids not stored are skipped. */
export async function deleteReports(ids: readonly string[], now = () => new Date()): Promise<number> {
  try {
    const db = await openConstatDB();
    return await commitChange(db, async () => {
      const tx = db.transaction(['reports', 'evidence']);
      const found: { id: string; stored: unknown; files: EvidenceRecord[] }[] = [];
      for (const id of ids) {
        const stored = await tx.objectStore('reports').get(id);
        if (stored === undefined) continue;
        found.push({ id, stored, files: await tx.objectStore('evidence').index('byReport').getAll(id) });
      }
      const at = now().toISOString();
      const drafts = await Promise.all(found.map((f) => tombstone(f.id, f.stored, f.files, at)));
      const expected = found.map((f) => canonicalJson(f.stored));
      return {
        drafts,
        unchanged: async (writeTx: LogTx) => {
          for (const [i, f] of found.entries()) {
            if (canonicalJson((await writeTx.objectStore('reports').get(f.id)) ?? null) !== expected[i])
              return false;
          }
          return true;
        },
        write: (writeTx: LogTx) =>
          found.flatMap((f) => [
            writeTx.objectStore('reports').delete(f.id),
            ...f.files.map((file) => writeTx.objectStore('evidence').delete(file.id)),
          ]),
        result: found.length,
      };
    });
  } catch (error) {
    throw toStorageError(error, 'storageActionDeleteReports');
  }
}

/**
 * Deletes every report, file and event, and starts a new chain whose first event records the old
 * chain's head and what was deleted: the new history begins by saying the old one existed.
 */
export async function wipeLog(now = () => new Date()): Promise<void> {
  try {
    const db = await openConstatDB();
    await commitChange(db, async () => {
      const head = await readChainHead(db);
      const { reports, files, bytes } = await describeDeletion();
      const counted = { reports, files };
      const draft: EventDraft = {
        type: 'chain-started',
        at: now().toISOString(),
        reportId: null,
        reportSha256: null,
        data: {
          reason: 'log-wiped',
          previousHead: head ? { ...head } : null,
          deleted: { reports, files, bytes },
        },
      };
      return {
        drafts: [draft],
        newChain: true,
        unchanged: async (tx: LogTx) =>
          (await tx.objectStore('reports').count()) === counted.reports &&
          (await tx.objectStore('evidence').count()) === counted.files,
        write: (tx: LogTx) => [
          tx.objectStore('reports').clear(),
          tx.objectStore('evidence').clear(),
          tx.objectStore('events').clear(),
        ],
        result: undefined,
      };
    });
  } catch (error) {
    throw toStorageError(error, 'storageActionDeleteLog');
  }
}
