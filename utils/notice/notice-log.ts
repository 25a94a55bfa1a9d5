import { type Report, type ReportStatus, reportStatuses } from '../model';
import type { NoticeRecord } from './notice-record';
import type { NoticeStep } from './notice-step';

// How a report's log follows its notices: each step is one entry of the status history, and the
// report's status is the furthest step reached (a later correction never moves it back).

function furthest(a: ReportStatus, b: ReportStatus): ReportStatus {
  return reportStatuses.indexOf(a) >= reportStatuses.indexOf(b) ? a : b;
}

/**
 * The report after a channel was chosen for `record`. Using the same channel again with the same
 * text before it was sent (copying, then printing; opening the form twice) is the same notice: the
 * log keeps one entry for it.
 */
export function withNoticeOpened(report: Report, record: NoticeRecord): Report {
  const last = report.notices.at(-1);
  if (last && last.channelId === record.channelId && last.text === record.text && last.sentAt === null)
    return report;
  return {
    ...report,
    updatedAt: record.openedAt,
    status: furthest(report.status, 'notice-opened'),
    statusHistory: [
      ...report.statusHistory,
      { status: 'notice-opened', at: record.openedAt, noticeId: record.id },
    ],
    notices: [...report.notices, record],
  };
}

export class NoticeNotFoundError extends Error {
  override name = 'NoticeNotFoundError';
}

/**
 * The report after the person marked a notice sent (with the platform's reference, if any). Marking
 * it again only updates the reference: the time it was sent, and the reminder counted from it, stay.
 */
export function withNoticeSent(report: Report, noticeId: string, reference: string, at: Date): Report {
  const notice = report.notices.find((n) => n.id === noticeId);
  if (!notice) throw new NoticeNotFoundError(`Report ${report.id} has no notice ${noticeId}`);
  const iso = at.toISOString();
  const firstTime = notice.sentAt === null;
  const updated: NoticeRecord = {
    ...notice,
    sentAt: notice.sentAt ?? iso,
    reference: reference.trim() || null,
  };
  return {
    ...report,
    updatedAt: iso,
    status: furthest(report.status, 'sent'),
    statusHistory: firstTime
      ? [...report.statusHistory, { status: 'sent', at: iso, noticeId }]
      : report.statusHistory,
    notices: report.notices.map((n) => (n.id === noticeId ? updated : n)),
  };
}

export class NoticeNotSentError extends Error {
  override name = 'NoticeNotSentError';
}

/**
 * The report after the person recorded what followed a sent notice (an acknowledgement, the
 * platform's decision, an appeal...). Steps are only appended: an earlier step is never rewritten.
 */
export function withNoticeStep(report: Report, noticeId: string, step: NoticeStep): Report {
  const notice = report.notices.find((n) => n.id === noticeId);
  if (!notice) throw new NoticeNotFoundError(`Report ${report.id} has no notice ${noticeId}`);
  if (notice.sentAt === null) throw new NoticeNotSentError(`Notice ${noticeId} has not been sent`);
  const updated: NoticeRecord = { ...notice, steps: [...(notice.steps ?? []), step] };
  return {
    ...report,
    updatedAt: step.at,
    notices: report.notices.map((n) => (n.id === noticeId ? updated : n)),
  };
}
