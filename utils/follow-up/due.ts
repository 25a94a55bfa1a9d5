import type { Report } from '../model';
import type { NoticeRecord } from '../notice/notice-record';

/** A sent notice whose platform has not answered yet, and when to check on it. */
export interface PendingFollowUp {
  reportId: string;
  noticeId: string;
  channelId: string;
  /** The post's author or address, to name the report in a reminder. */
  title: string;
  dueAt: Date;
}

/** Any step but an acknowledgement settles the reminder: the person already knows where things stand. */
export function settled(notice: NoticeRecord): boolean {
  return (notice.steps ?? []).some((step) => step.kind !== 'acknowledged');
}

export function reportTitle(report: Report): string {
  const edited = report.edits.authorHandle?.value;
  return edited ?? report.extracted?.author.handle ?? report.meta.pageUrl;
}
