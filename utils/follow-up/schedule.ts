import { openConstatDB } from '../db/open';
import { getReport } from '../db/reports';
import type { Settings } from '../settings';
import { categories } from '../taxonomy/categories';
import { type PendingFollowUp, reportTitle } from './due';
import { effectiveFollowUp } from './effective';

// The reminders' schedule, read from the keys of the rows' `byWaiting` index: one key per notice
// sent and still waiting for an answer, [category, sentAt, noticeId], under its report's id. Each
// category has its own delay, so what is due is one key range per category (sent before now less
// the delay), and the next reminder to come is the first key after it. No report is read, however
// many notices wait, but the few whose reminder is shown (for their titles).

const HOUR = 3_600_000;
/** Above every string: the end of a category's keys. */
const END: string[] = [];

/** A notice whose reminder is due, or comes next. */
export interface ScheduledReminder {
  reportId: string;
  noticeId: string;
  dueAt: Date;
}

export interface Schedule {
  /** Due at `now`, soonest first. */
  due: ScheduledReminder[];
  /** The first reminder still to come; null when none is. */
  next: ScheduledReminder | null;
}

function reminderOf(key: unknown, reportId: string, hours: number): ScheduledReminder {
  const [, sentAt, noticeId] = key as [string, string, string];
  return { reportId, noticeId, dueAt: new Date(new Date(sentAt).getTime() + hours * HOUR) };
}

/** What is due at `now`, and what comes next, with the person's delays (the defaults where unset). */
export async function readSchedule(
  now: Date,
  followUpHours: Settings['followUpHours'] | null,
): Promise<Schedule> {
  const db = await openConstatDB();
  const index = db.transaction('logIndex').store.index('byWaiting');
  const perCategory = categories.map(async (category) => {
    const { hours } = effectiveFollowUp(category, followUpHours);
    if (hours === null) return { due: [], next: null };
    const latestSent = new Date(now.getTime() - hours * HOUR).toISOString();
    const due: ScheduledReminder[] = [];
    const [first, next] = await Promise.all([
      index.openKeyCursor(IDBKeyRange.bound([category.id, ''], [category.id, latestSent])),
      index.openKeyCursor(IDBKeyRange.bound([category.id, latestSent], [category.id, END], true)),
    ]);
    for (let cursor = first; cursor; cursor = await cursor.continue())
      due.push(reminderOf(cursor.key, cursor.primaryKey, hours));
    return { due, next: next ? reminderOf(next.key, next.primaryKey, hours) : null };
  });
  const found = await Promise.all(perCategory);
  const soonest = (a: ScheduledReminder, b: ScheduledReminder) => a.dueAt.getTime() - b.dueAt.getTime();
  const upcoming = found.flatMap(({ next }) => (next ? [next] : [])).sort(soonest);
  return { due: found.flatMap(({ due }) => due).sort(soonest), next: upcoming[0] ?? null };
}

/** The reminders with what a notification says: their reports' titles and channels (few reports read). */
export async function withTitles(reminders: readonly ScheduledReminder[]): Promise<PendingFollowUp[]> {
  const found = await Promise.all(
    reminders.map(async (reminder) => {
      const report = await getReport(reminder.reportId).catch(() => null);
      const notice = report?.notices.find((candidate) => candidate.id === reminder.noticeId);
      if (!report || !notice) return [];
      return [{ ...reminder, channelId: notice.channelId, title: reportTitle(report) }];
    }),
  );
  return found.flat();
}
