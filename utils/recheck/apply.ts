import type { EvidenceRef, Report } from '../model';
import type { NoticeRecord } from '../notice/notice-record';
import type { RecheckResult } from './result';

// A recheck's place in the report: its files listed after the first capture's (which stay as they
// are), and, when the post was found removed after a notice was sent, that notice's outcome.

/** A sent notice the removal was not yet recorded on, sent before the recheck. */
function awaitsRemoval(notice: NoticeRecord, checkedAt: string): boolean {
  return (
    notice.sentAt !== null &&
    notice.sentAt <= checkedAt &&
    !(notice.steps ?? []).some((step) => step.kind === 'removal-seen')
  );
}

export function withRecheck(report: Report, result: RecheckResult, evidence: readonly EvidenceRef[]): Report {
  const removed = result.outcome === 'removed';
  const notices = report.notices.map((notice) =>
    removed && awaitsRemoval(notice, result.checkedAt)
      ? {
          ...notice,
          steps: [...(notice.steps ?? []), { kind: 'removal-seen' as const, at: result.checkedAt }],
        }
      : notice,
  );
  return {
    ...report,
    updatedAt: result.checkedAt,
    evidence: [...report.evidence, ...evidence],
    notices,
  };
}
