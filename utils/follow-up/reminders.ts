import type { Alarms } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { readyLang, t } from '../i18n';
import { chosenUiLang } from '../i18n/choice';
import { reportsAwaitingAnswer } from '../log-index/indexed-reads';
import { sendRequest } from '../messages';
import { loadSettings } from '../settings';
import { isDue, type PendingFollowUp, pendingFollowUps } from './due';

// Reminders live in the database, not in the alarms: alarms can be lost (a browser restart in
// Firefox, an update), so they are rebuilt from the reports at every startup and after every change,
// and a reminder whose time passed while the browser was closed is shown at the next rebuild.

const ALARM_PREFIX = 'follow-up|';
/** The reminders already shown, so a restart does not show them again. */
const SHOWN_KEY = 'followUpRemindersShown';
const shownSchema = z.array(z.string().max(200)).max(100_000);

export function reminderName(followUp: Pick<PendingFollowUp, 'reportId' | 'noticeId'>): string {
  return `${ALARM_PREFIX}${followUp.reportId}|${followUp.noticeId}`;
}

/** The report a reminder's alarm or notification is about; null for any other name. */
export function reminderReportId(name: string): string | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  return name.slice(ALARM_PREFIX.length).split('|')[0] || null;
}

async function loadShown(): Promise<Set<string>> {
  const parsed = shownSchema.safeParse((await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY]);
  return new Set(parsed.success ? parsed.data : []);
}

export async function pendingNow(): Promise<PendingFollowUp[]> {
  // Only the reports with a notice awaiting an answer are read (the index's `pending` rows).
  const [reports, settings] = await Promise.all([reportsAwaitingAnswer(), loadSettings().catch(() => null)]);
  return pendingFollowUps(reports, settings?.followUpHours ?? null);
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

/**
 * Makes the alarms, the badge and the shown reminders match the database: an alarm for each
 * reminder still to come, a notification for each one due and not yet shown.
 */
export async function syncReminders(now = () => new Date()): Promise<PendingFollowUp[]> {
  const pending = await pendingNow();
  const at = now();
  const shown = await loadShown();
  const wanted = new Set(pending.map(reminderName));
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(ALARM_PREFIX) && !wanted.has(alarm.name))
      await browser.alarms.clear(alarm.name);
  }
  const due = pending.filter((followUp) => isDue(followUp, at));
  for (const followUp of pending) {
    const name = reminderName(followUp);
    if (!isDue(followUp, at)) await browser.alarms.create(name, { when: followUp.dueAt.getTime() });
    else if (!shown.has(name)) {
      await notify(followUp);
      shown.add(name);
    }
  }
  // Forget reminders settled or deleted since, so the list stays the size of what is pending.
  await browser.storage.local.set({ [SHOWN_KEY]: [...shown].filter((name) => wanted.has(name)) });
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
