import { updateReport } from '../db/reports';
import type { Report } from '../model';
import { withNoticeSent } from '../notice/notice-log';
import type { NoticeStep } from '../notice/notice-step';
import type { PickedFile } from './answer-files';
import { recordNoticeStep } from './record-step';
import { refreshReminders } from './reminders';

// The changes to a sent notice that move its reminder, in one place for every page that makes them
// (the log's report, the composer and its side panel): each is stored, then the reminders rebuilt.

export async function markNoticeSent(
  reportId: string,
  noticeId: string,
  reference: string,
  at: Date,
): Promise<Report> {
  const report = await updateReport(reportId, (stored) => withNoticeSent(stored, noticeId, reference, at));
  refreshReminders();
  return report;
}

export async function addNoticeStep(
  reportId: string,
  noticeId: string,
  step: NoticeStep,
  files: readonly PickedFile[] = [],
): Promise<Report> {
  const report = await recordNoticeStep(reportId, noticeId, step, files);
  refreshReminders();
  return report;
}
