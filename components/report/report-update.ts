import type { PickedFile } from '../../utils/follow-up/answer-files';
import type { Report } from '../../utils/model';
import type { NoticeStep } from '../../utils/notice/notice-step';

/**
 * Applies a change to the stored report and gives back the saved one. A page's data hook provides it,
 * so the components that show a report never read or write the database themselves. The change is
 * applied to the record as read inside the transaction: parts a page does not edit (evidence,
 * warnings, history) are never overwritten by the copy it loaded.
 */
export type ReportUpdate = (change: (stored: Report) => Report) => Promise<Report>;

/** What a report's notices may change: any field, and a step with the answer's files as evidence. */
export interface NoticeStore {
  update: ReportUpdate;
  addNoticeStep: (noticeId: string, step: NoticeStep, files: readonly PickedFile[]) => Promise<Report>;
}
