import type { PlatformId, Report } from '../model';
import type { Outcome } from './outcome';

// The log's figures as the statistics page shows them; counted through indexes (indexed-stats.ts).

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

export function monthOf(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function nextMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** Every month from the first counted to the last, the empty ones at zero. */
export function monthsWithGaps(counts: Map<string, number>): LogStats['perMonth'] {
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const rows: LogStats['perMonth'] = [];
  for (let month = first; month <= last; month = nextMonth(month))
    rows.push({ month, count: counts.get(month) ?? 0 });
  return rows;
}

export const byCount = <K>(counts: Map<K, number>) =>
  [...counts.entries()]
    // Ties in a fixed order, so the figures never depend on the order reports are stored in.
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([key, count]) => ({ key, count }));
