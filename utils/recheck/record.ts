import { StorageError, toStorageError } from '../db/errors';
import { commitChange } from '../db/log-events';
import { openConstatDB } from '../db/open';
import { parseReport, stillStored } from '../db/reports';
import { t } from '../i18n';
import { fill } from '../i18n/fill';
import { changeDrafts, evidenceSummary, withReportState } from '../log/report-events';
import { type EvidenceRecord, evidenceRecordSchema, type Report, reportSchema } from '../model';
import { withRecheck } from './apply';
import type { CheckedPost } from './check-post';

const refOf = ({ id, kind, mime, size, sha256 }: EvidenceRecord) => ({ id, kind, mime, size, sha256 });

/**
 * Stores a recheck: its files in the evidence store beside the first capture's, the report listing
 * them, a "recheck" event naming what was found and each new file's hash, and a "notice-step" event
 * for each notice whose post was found removed; all of it in one transaction, or none.
 */
export async function recordRecheck(reportId: string, checked: CheckedPost): Promise<Report> {
  const records = checked.evidence.map((record) => evidenceRecordSchema.parse(record));
  try {
    const db = await openConstatDB();
    return await commitChange(db, async () => {
      const current = await db.get('reports', reportId);
      if (current === undefined)
        throw new StorageError(fill(t('storedReportMissing'), { id: reportId }), 'invalid-record');
      const before = parseReport(current);
      const next = reportSchema.parse(withRecheck(before, checked.result, records.map(refOf)));
      const recheck = {
        type: 'recheck',
        at: checked.result.checkedAt,
        reportId,
        data: { ...checked.result, evidence: evidenceSummary(records) },
      };
      const steps = changeDrafts(before, next, checked.result.checkedAt).filter(
        (d) => d.type === 'notice-step',
      );
      return {
        drafts: await withReportState([recheck, ...steps], next),
        unchanged: stillStored(reportId, current),
        write: (tx) => [
          ...records.map((record) => tx.objectStore('evidence').add(record)),
          tx.objectStore('reports').put(next),
        ],
        result: next,
      };
    });
  } catch (error) {
    throw toStorageError(error, 'storageActionRecordRecheck');
  }
}
