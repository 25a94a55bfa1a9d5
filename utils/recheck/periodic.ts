import type { Alarms } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { visitRecheckable } from '../log-index/indexed-reads';
import type { Report } from '../model';
import { loadSettings, type Settings } from '../settings';
import { recheckAddress } from './check-post';
import { type RunnerDeps, startRechecks } from './runner';

// Periodic rechecks, only when the person allowed them in the options: an alarm every N days
// rechecks the posts of sent notices not yet found removed. The alarm is set again from the
// settings at every startup and whenever they change, so a lost alarm comes back.

export const PERIODIC_ALARM = 'recheck-periodic';
const MAX_PER_RUN = 200;

/** A report whose notice was sent and whose post was neither found removed nor said removed. */
export function isPeriodicCandidate(report: Report): boolean {
  return (
    recheckAddress(report) !== null &&
    report.notices.some((notice) => notice.sentAt !== null) &&
    !report.notices.some((notice) =>
      (notice.steps ?? []).some(
        (step) => step.kind === 'removal-seen' || (step.kind === 'decision' && step.decision === 'removed'),
      ),
    )
  );
}

/** The newest candidates (at most MAX_PER_RUN), read through the status index (reports never sent are not read). */
export async function storedPeriodicCandidates(): Promise<string[]> {
  const ids: string[] = [];
  await visitRecheckable((report) => {
    if (isPeriodicCandidate(report)) ids.push(report.id);
    return ids.length < MAX_PER_RUN;
  });
  return ids;
}

/** Makes the alarm match the setting: every `recheckEveryDays` days, or none. */
export async function syncPeriodicRechecks(days: Settings['recheckEveryDays'] | null): Promise<void> {
  if (days === null) {
    await browser.alarms.clear(PERIODIC_ALARM);
    return;
  }
  const periodInMinutes = days * 24 * 60;
  const existing = await browser.alarms.get(PERIODIC_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(PERIODIC_ALARM, { delayInMinutes: periodInMinutes, periodInMinutes });
}

export async function syncPeriodicFromSettings(): Promise<void> {
  const settings = await loadSettings().catch(() => null);
  await syncPeriodicRechecks(settings?.recheckEveryDays ?? null);
}

/** The periodic alarm fired: rechecks start if the person still allows them. */
export async function onPeriodicAlarm(alarm: Alarms.Alarm, deps: RunnerDeps = {}): Promise<void> {
  if (alarm.name !== PERIODIC_ALARM) return;
  const settings = await loadSettings().catch(() => null);
  if (!settings?.recheckEveryDays) {
    await browser.alarms.clear(PERIODIC_ALARM);
    return;
  }
  const ids = await storedPeriodicCandidates();
  if (ids.length > 0) await startRechecks(ids, 'periodic', deps);
}
