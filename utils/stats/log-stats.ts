import type { PlatformId, Report } from '../model';
import { median } from './median';
import { type Outcome, reportOutcome } from './outcome';

// The log's statistics, computed in one pass: each report is added, counted and forgotten, so the
// figures for 100,000 reports cost a few counters (and one number per timed removal).

/** What the person set (or the category's default): hours after sending when to check. */
export type ReminderHours = (report: Report) => number | null;

export interface PlatformFollowUp {
  platform: PlatformId;
  /** Reports with at least one notice marked sent, and what became of them. */
  sent: number;
  outcomes: Record<Outcome, number>;
  /** Median hours from the first notice sent to the removal; null when no removal was timed. */
  medianHoursToRemoval: number | null;
  /** Removals with a usable time (a removal recorded before the sending is left out). */
  removalsTimed: number;
  /** Sent reports with a reminder whose time has passed, or removed already: those that can be judged. */
  judged: number;
  /** Of those, removed within the reminder time. */
  removedWithinReminder: number;
}

export interface LogStats {
  total: number;
  /** Captures per month (`YYYY-MM`, the person's time zone), every month from the first to the last. */
  perMonth: { month: string; count: number }[];
  perPlatform: { platform: PlatformId; count: number }[];
  /** null: no category chosen yet. */
  perCategory: { categoryId: string | null; count: number }[];
  followUp: PlatformFollowUp[];
}

const outcomeKinds: readonly Outcome[] = ['removed', 'restricted', 'refused', 'no-answer', 'waiting'];

interface PlatformTally {
  sent: number;
  outcomes: Record<Outcome, number>;
  hoursToRemoval: number[];
  judged: number;
  removedWithinReminder: number;
}

function emptyTally(): PlatformTally {
  const outcomes = Object.fromEntries(outcomeKinds.map((k) => [k, 0])) as Record<Outcome, number>;
  return { sent: 0, outcomes, hoursToRemoval: [], judged: 0, removedWithinReminder: 0 };
}

const HOUR = 3_600_000;

export function monthOf(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

function nextMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** Every month from the first counted to the last, the empty ones at zero. */
function monthsWithGaps(counts: Map<string, number>): LogStats['perMonth'] {
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const rows: LogStats['perMonth'] = [];
  for (let month = first; month <= last; month = nextMonth(month))
    rows.push({ month, count: counts.get(month) ?? 0 });
  return rows;
}

const byCount = <K>(counts: Map<K, number>) =>
  [...counts.entries()]
    // Ties in a fixed order, so the figures never depend on the order reports are stored in.
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([key, count]) => ({ key, count }));

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Adds reports one at a time; `result()` gives the figures. */
export class LogStatsTally {
  private total = 0;
  private readonly months = new Map<string, number>();
  private readonly platforms = new Map<PlatformId, number>();
  private readonly categories = new Map<string | null, number>();
  private readonly followUp = new Map<PlatformId, PlatformTally>();

  constructor(
    private readonly reminderHours: ReminderHours,
    private readonly now: Date,
  ) {}

  add(report: Report): void {
    this.total++;
    const month = monthOf(report.meta.capturedAt);
    if (month) bump(this.months, month);
    bump(this.platforms, report.platform);
    bump(this.categories, report.categoryId);
    this.addFollowUp(report);
  }

  private addFollowUp(report: Report): void {
    const hours = this.reminderHours(report);
    const result = reportOutcome(report, hours, this.now);
    if (!result) return;
    const tally = this.followUp.get(report.platform) ?? emptyTally();
    this.followUp.set(report.platform, tally);
    tally.sent++;
    tally.outcomes[result.outcome]++;
    const taken = result.removedAt ? (result.removedAt.getTime() - result.sentAt.getTime()) / HOUR : null;
    if (taken !== null && taken >= 0) tally.hoursToRemoval.push(taken);
    if (hours === null) return;
    const within = taken !== null && taken >= 0 && taken <= hours;
    const reminderPassed = this.now.getTime() >= result.sentAt.getTime() + hours * HOUR;
    if (within || reminderPassed) tally.judged++;
    if (within) tally.removedWithinReminder++;
  }

  result(): LogStats {
    return {
      total: this.total,
      perMonth: monthsWithGaps(this.months),
      perPlatform: byCount(this.platforms).map(({ key, count }) => ({ platform: key, count })),
      perCategory: byCount(this.categories).map(({ key, count }) => ({ categoryId: key, count })),
      followUp: [...this.followUp.entries()]
        .sort((a, b) => b[1].sent - a[1].sent || a[0].localeCompare(b[0]))
        .map(([platform, tally]) => ({
          platform,
          sent: tally.sent,
          outcomes: tally.outcomes,
          medianHoursToRemoval: median(tally.hoursToRemoval),
          removalsTimed: tally.hoursToRemoval.length,
          judged: tally.judged,
          removedWithinReminder: tally.removedWithinReminder,
        })),
    };
  }
}

/** The statistics of a list of reports (the page reads them through a cursor instead). */
export function logStats(reports: Iterable<Report>, reminderHours: ReminderHours, now: Date): LogStats {
  const tally = new LogStatsTally(reminderHours, now);
  for (const report of reports) tally.add(report);
  return tally.result();
}
