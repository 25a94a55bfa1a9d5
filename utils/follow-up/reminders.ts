import type { Alarms } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { readyLang, t } from '../i18n';
import { chosenUiLang } from '../i18n/choice';
import { fill } from '../i18n/fill';
import { filterToParams } from '../log-index/filter';
import { sendRequest } from '../messages';
import { loadSettings } from '../settings';
import type { PendingFollowUp } from './due';
import { readSchedule, type ScheduledReminder, withTitles } from './schedule';

// Reminders live in the database, not in the alarms: alarms can be lost (a browser restart in
// Firefox, an update), so they are rebuilt from the waiting notices' index at every startup and
// after every change, and a reminder whose time passed while the browser was closed is shown at
// the next rebuild. The rebuild reads keys only: at browser start it competes with the pages.

const ALARM_PREFIX = 'follow-up|';
/** The notification that stands for many reminders falling due at once (a long absence, an import). */
export const DUE_SUMMARY_ID = 'follow-ups-due';
/** The reminders already shown, so a restart does not show them again. */
const SHOWN_KEY = 'followUpRemindersShown';
const shownSchema = z.array(z.string().max(200)).max(100_000);

export function reminderName(followUp: Pick<ScheduledReminder, 'reportId' | 'noticeId'>): string {
  return `${ALARM_PREFIX}${followUp.reportId}|${followUp.noticeId}`;
}

/** The report a reminder's alarm or notification is about; null for any other name. */
export function reminderReportId(name: string): string | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  return name.slice(ALARM_PREFIX.length).split('|')[0] || null;
}

/** The log's list of every report with a follow-up due. */
export const dueListPage = () => browser.runtime.getURL(`/log.html#/list?${filterToParams({ due: 'due' })}`);

/** The log page a reminder's notification opens: its report, or the due list for many at once. */
export function reminderPage(notificationId: string): string | null {
  if (notificationId === DUE_SUMMARY_ID) return dueListPage();
  const reportId = reminderReportId(notificationId);
  return reportId === null ? null : browser.runtime.getURL(`/log.html#${encodeURIComponent(reportId)}`);
}

async function loadShown(): Promise<Set<string>> {
  const parsed = shownSchema.safeParse((await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY]);
  return new Set(parsed.success ? parsed.data : []);
}

/** The reminders due at a moment: the first few with what a list shows, and every report concerned. */
export interface DueList {
  shown: PendingFollowUp[];
  total: number;
  reportIds: string[];
}

/**
 * What is due at `now`, soonest first, from the waiting notices' index: only the `limit` shown are
 * read for their titles, however many are due (an association's log may hold thousands).
 */
export async function dueNow(now: Date, limit: number): Promise<DueList> {
  const settings = await loadSettings().catch(() => null);
  const { due } = await readSchedule(now, settings?.followUpHours ?? null);
  const shown = await withTitles(due.slice(0, limit));
  return { shown, total: due.length, reportIds: [...new Set(due.map((reminder) => reminder.reportId))] };
}

async function notify(followUp: PendingFollowUp): Promise<void> {
  const lang = await readyLang(await chosenUiLang());
  await browser.notifications.create(reminderName(followUp), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', lang),
    message: `${t('reminderMessage', lang)} ${followUp.title}`,
  });
}

async function showBadge(due: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#8a4b00' });
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
}

/** Newly due reminders shown one by one up to this many; beyond, one notification names how many. */
const SHOWN_ONE_BY_ONE = 3;
async function notifyMany(count: number): Promise<void> {
  const lang = await readyLang(await chosenUiLang());
  await browser.notifications.create(DUE_SUMMARY_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', lang),
    message: fill(t('remindersDueMany', lang), { n: count }),
  });
}

/** Shows the reminders newly due: each with its report's title when few, else one notification. */
async function notifyDue(fresh: readonly ScheduledReminder[]): Promise<void> {
  if (fresh.length > SHOWN_ONE_BY_ONE) return notifyMany(fresh.length);
  for (const followUp of await withTitles(fresh)) await notify(followUp);
}

/** The follow-up alarms but the one wanted go; the wanted one is set (again) at its time. */
async function keepOnlyAlarm(next: ScheduledReminder | null): Promise<void> {
  const wanted = next && reminderName(next);
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(ALARM_PREFIX) && alarm.name !== wanted) await browser.alarms.clear(alarm.name);
  }
  if (next && wanted) await browser.alarms.create(wanted, { when: next.dueAt.getTime() });
}

/**
 * Makes the alarm, the badge and the shown reminders match the database, from the waiting notices'
 * index alone (schedule.ts): one alarm at the next reminder to come (it syncs again when it fires),
 * a notification for each one due and not yet shown. Returns the due ones.
 */
export async function syncReminders(now = () => new Date()): Promise<ScheduledReminder[]> {
  const settings = await loadSettings().catch(() => null);
  const { due, next } = await readSchedule(now(), settings?.followUpHours ?? null);
  const shown = await loadShown();
  const dueNames = new Set(due.map(reminderName));
  await keepOnlyAlarm(next);
  const fresh = due.filter((followUp) => !shown.has(reminderName(followUp)));
  if (fresh.length > 0) await notifyDue(fresh);
  // Forget reminders settled or deleted since, so the list stays the size of what is due.
  const kept = [...shown].filter((name) => dueNames.has(name)).concat(fresh.map(reminderName));
  if (kept.length !== shown.size || fresh.length > 0) await browser.storage.local.set({ [SHOWN_KEY]: kept });
  await showBadge(due.length);
  return due;
}

/** An alarm fired: the database says whether the reminder still stands (the report may have moved on). */
export async function onReminderAlarm(alarm: Alarms.Alarm, now = () => new Date()): Promise<void> {
  if (reminderReportId(alarm.name) === null) return;
  await syncReminders(now);
}

const warn = (error: unknown) => console.warn('Constat: reminders not updated', error);

/**
 * After a notice changed in a page (the log, the composer, its side panel): the background rebuilds
 * the reminders, so that the page closing at once cannot cut the rebuild short; when the background
 * does not answer, the page rebuilds them itself. Never holds up the page.
 */
export function refreshReminders(): void {
  void sendRequest({ type: 'reminders-sync' })
    .then((answer) => {
      if (!answer.ok) throw new Error('The background did not rebuild the reminders');
    })
    .catch(() => syncReminders())
    .catch(warn);
}
