import type { Report } from '../model';
import type { NoticeRecord } from '../notice/notice-record';
import type { Settings } from '../settings';
import { categoryById } from '../taxonomy/categories';
import { effectiveFollowUp } from './effective';

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

/** Every sent, unsettled notice with a reminder, soonest first. */
export function pendingFollowUps(
  reports: readonly Report[],
  hours: Settings['followUpHours'] | null,
): PendingFollowUp[] {
  const pending: PendingFollowUp[] = [];
  for (const report of reports) {
    const category = categoryById(report.categoryId);
    const delay = category ? effectiveFollowUp(category, hours).hours : null;
    if (delay === null) continue;
    for (const notice of report.notices) {
      if (notice.sentAt === null || settled(notice)) continue;
      pending.push({
        reportId: report.id,
        noticeId: notice.id,
        channelId: notice.channelId,
        title: reportTitle(report),
        dueAt: new Date(new Date(notice.sentAt).getTime() + delay * 3_600_000),
      });
    }
  }
  return pending.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

export function isDue(followUp: PendingFollowUp, now: Date): boolean {
  return followUp.dueAt.getTime() <= now.getTime();
}
