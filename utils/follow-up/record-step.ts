import { StorageError, toStorageError } from '../db/errors';
import { commitChange } from '../db/log-events';
import { openConstatDB } from '../db/open';
import { parseReport, stillStored } from '../db/reports';
import { t } from '../i18n';
import { fill } from '../i18n/fill';
import { changeDrafts, withReportState } from '../log/report-events';
import { type Report, reportSchema } from '../model';
import { withNoticeStep } from '../notice/notice-log';
import type { NoticeStep } from '../notice/notice-step';
import { answerEvidence, type PickedFile } from './answer-files';

type StepWithFiles = Exclude<NoticeStep, { kind: 'no-answer' | 'removal-seen' }>;

/** The step, with the files it carries when its kind can carry the platform's answer. */
function withFiles(step: NoticeStep, refs: StepWithFiles['files']): NoticeStep {
  if (!refs?.length || step.kind === 'no-answer' || step.kind === 'removal-seen') return step;
  return { ...step, files: refs };
}

/**
 * Records a step after a sent notice, with the platform's answer attached as files: the files in
 * the evidence store, the report listing them, and the "notice-step" event naming each file's hash;
 * all of it in one transaction, or none.
 */
export async function recordNoticeStep(
  reportId: string,
  noticeId: string,
  step: NoticeStep,
  files: readonly PickedFile[] = [],
): Promise<Report> {
  const { records, refs } = await answerEvidence(reportId, files, step.at);
  try {
    const db = await openConstatDB();
    return await commitChange(db, async () => {
      const current = await db.get('reports', reportId);
      if (current === undefined)
        throw new StorageError(fill(t('storedReportMissing'), { id: reportId }), 'invalid-record');
      const before = parseReport(current);
      const stepped = withNoticeStep(before, noticeId, withFiles(step, refs));
      const next = reportSchema.parse({
        ...stepped,
        evidence: [
          ...stepped.evidence,
          ...records.map(({ id, kind, mime, size, sha256 }) => ({ id, kind, mime, size, sha256 })),
        ],
      });
      // The step's event names the files; the evidence list growing needs no event of its own.
      const drafts = changeDrafts(before, next, step.at).filter((draft) => draft.type !== 'report-changed');
      return {
        drafts: await withReportState(drafts, next),
        unchanged: stillStored(reportId, current),
        write: (tx) => [
          ...records.map((record) => tx.objectStore('evidence').add(record)),
          tx.objectStore('reports').put(next),
        ],
        result: next,
      };
    });
  } catch (error) {
    throw toStorageError(error, 'storageActionRecordStep');
  }
}
