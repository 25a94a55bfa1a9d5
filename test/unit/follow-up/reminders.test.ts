import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateReport } from '../../../utils/db/reports';
import {
  DUE_SUMMARY_ID,
  onReminderAlarm,
  reminderName,
  reminderPage,
  syncReminders,
} from '../../../utils/follow-up/reminders';
import { readSchedule } from '../../../utils/follow-up/schedule';
import { withNoticeOpened, withNoticeSent, withNoticeStep } from '../../../utils/notice/notice-log';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';

const SENT = new Date('2026-11-20T10:00:00.000Z');
/** Provocation to hatred: a 24-hour reminder by default. */
const DUE = new Date('2026-11-21T10:00:00.000Z');
const before = () => new Date(DUE.getTime() - 3_600_000);
const after = () => new Date(DUE.getTime() + 60_000);

function sentReport(categoryId: string | null = 'hate-provocation') {
  const record = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z' });
  const opened = withNoticeOpened(makeReport({ categoryId, status: 'saved' }), record);
  return { record, report: withNoticeSent(opened, record.id, '', SENT) };
}

const shownNotifications = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

describe('follow-up reminders', () => {
  it('schedules an alarm at each sent notice’s follow-up time, and nothing is due before it', async () => {
    const { record, report } = sentReport();
    await storeCapture({ report });
    expect(await syncReminders(before)).toEqual([]);
    const alarm = await fakeBrowser.alarms.get(reminderName({ reportId: report.id, noticeId: record.id }));
    expect(alarm?.scheduledTime).toBe(DUE.getTime());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(shownNotifications()).toEqual([]);
  });

  it('shows the reminder when the alarm fires after the worker restarted, from the database alone', async () => {
    const { record, report } = sentReport();
    await storeCapture({ report });
    await syncReminders(before);
    const [alarm] = await fakeBrowser.alarms.getAll();
    // A new worker holds nothing in memory: the alarm's name and the database are all it has.
    await onReminderAlarm(alarm ?? { name: '', scheduledTime: 0 }, after);
    const name = reminderName({ reportId: report.id, noticeId: record.id });
    expect(shownNotifications()).toEqual([name]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('shows a reminder missed while the browser was closed at the next startup, once', async () => {
    const { report } = sentReport();
    await storeCapture({ report });
    // No alarm survived (a restart can drop them): the rebuild at startup finds the reminder due.
    const due = await syncReminders(after);
    expect(due.map((followUp) => followUp.reportId)).toEqual([report.id]);
    expect(shownNotifications()).toHaveLength(1);
    await fakeBrowser.notifications.clear(shownNotifications()[0] ?? '');
    await syncReminders(after);
    expect(shownNotifications()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('drops the alarm once the platform’s decision is recorded, and fires nothing for it', async () => {
    const { record, report } = sentReport();
    await storeCapture({ report });
    await syncReminders(before);
    const decided = withNoticeStep(report, record.id, {
      kind: 'decision',
      at: before().toISOString(),
      decision: 'removed',
    });
    await updateReport(report.id, () => decided);
    await syncReminders(before);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await onReminderAlarm(
      { name: reminderName({ reportId: report.id, noticeId: record.id }), scheduledTime: 0 },
      after,
    );
    expect(shownNotifications()).toEqual([]);
  });

  it('keeps no reminder where the category has none or the person turned it off', async () => {
    const late = new Date(DUE.getTime() + 3_600_000);
    await storeCapture({ report: sentReport(null).report });
    expect(await readSchedule(late, null)).toEqual({ due: [], next: null });
    const { report } = sentReport();
    await storeCapture({ report });
    expect(await readSchedule(late, { 'hate-provocation': null })).toEqual({ due: [], next: null });
    const sooner = await readSchedule(late, { 'hate-provocation': 2 });
    expect(sooner.due.map((reminder) => [reminder.reportId, reminder.dueAt])).toEqual([
      [report.id, new Date('2026-11-20T12:00:00.000Z')],
    ]);
  });

  it('keeps one alarm, at the next reminder to come, then the one after once it is shown', async () => {
    const first = sentReport();
    const later = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z' });
    const both = withNoticeSent(
      withNoticeOpened(first.report, later),
      later.id,
      '',
      new Date(SENT.getTime() + 7_200_000),
    );
    await storeCapture({ report: both });
    await syncReminders(before);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime])).toEqual([
      [reminderName({ reportId: both.id, noticeId: first.record.id }), DUE.getTime()],
    ]);
    await syncReminders(after);
    expect(shownNotifications()).toEqual([reminderName({ reportId: both.id, noticeId: first.record.id })]);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.scheduledTime)).toEqual([
      DUE.getTime() + 7_200_000,
    ]);
  });

  it('shows many reminders falling due at once as one notification that opens the due list, once', async () => {
    for (let i = 0; i < 5; i++) await storeCapture({ report: sentReport().report });
    const due = await syncReminders(after);
    expect(due).toHaveLength(5);
    expect(shownNotifications()).toEqual([DUE_SUMMARY_ID]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[DUE_SUMMARY_ID]?.message).toContain('5');
    expect(reminderPage(DUE_SUMMARY_ID)).toBe(fakeBrowser.runtime.getURL('/log.html#/list?due=due'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');
    await fakeBrowser.notifications.clear(DUE_SUMMARY_ID);
    await syncReminders(after);
    expect(shownNotifications()).toEqual([]);
  });
});
