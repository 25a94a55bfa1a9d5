import { StorageError } from '../db/errors';
import type { LogTx } from '../db/log-events';
import { t } from '../i18n';
import { fill } from '../i18n/fill';
import type { StagedEvidence, Staging } from './staging';
import { importRange, marked, markName, movedRange } from './staging-keys';

// The import's last step, inside the transaction that adds its reports and events (staging.ts says
// how the files got there).

/** The id of a stored file and the report it belongs to, for an error naming both. */
export class EvidenceIdTaken extends Error {
  constructor(
    readonly evidenceId: string,
    readonly reportId: string,
    readonly holder: string,
  ) {
    super(`File ${evidenceId} of report ${reportId} has the id of a file of report ${holder}`);
    this.name = 'EvidenceIdTaken';
  }
}

/** A file of the import removed from storage before the end (another page's cleanup). */
const fileGone = (name: string) => new StorageError(fill(t('logImportFileGone'), { name }), 'unavailable');

/** Aborts the final transaction (nothing of the import is stored) and throws `error`. */
function refuse(tx: LogTx, error: Error): never {
  tx.abort();
  throw error;
}

/**
 * In the import's final transaction: the files still staged of the reports it writes put into
 * `evidence` (never over another report's file), those written ahead checked to be there; the files
 * written ahead for reports it does not write removed; the marks and the staging emptied.
 */
export async function finishStaging(
  tx: LogTx,
  staging: Staging,
  records: readonly StagedEvidence[],
  written: ReadonlySet<string>,
) {
  const store = tx.objectStore('importStaging');
  const evidence = tx.objectStore('evidence');
  const { importId } = staging;
  for (const { staged: name, ...record } of records) {
    if (!staging.holds(name)) {
      const [mark, file] = await Promise.all([
        store.getKey([importId, markName(record)]),
        evidence.getKey(record.id),
      ]);
      // Nothing of the import may be stored without all its files.
      if (mark === undefined || file === undefined) refuse(tx, fileGone(name));
      continue;
    }
    const [file, stored] = await Promise.all([store.get([importId, name]), evidence.get(record.id)]);
    if (!file) refuse(tx, fileGone(name));
    if (stored && stored.reportId !== record.reportId)
      refuse(tx, new EvidenceIdTaken(record.id, record.reportId, stored.reportId));
    await evidence.put({ ...record, bytes: file.bytes });
  }
  for (const mark of await store.getAllKeys(movedRange(importId))) {
    const { reportId, evidenceId } = marked(mark);
    if (!written.has(reportId)) await evidence.delete(evidenceId);
  }
  await store.delete(importRange(importId));
}
