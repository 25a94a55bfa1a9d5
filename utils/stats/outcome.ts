import type { Report } from '../model';
import type { NoticeRecord } from '../notice/notice-record';
import type { NoticeStep, NoticeStepKind } from '../notice/notice-step';

// What became of a report's notices, read from the steps recorded after sending (the person's
// answers and decisions; removals a recheck saw are steps too). A report is judged as a whole: one
// removal by any of its notices (the platform's form, PHAROS…) means the content went.

/** removed; restricted; refused (refused or no action); no answer by the reminder; still waiting. */
export type Outcome = 'removed' | 'restricted' | 'refused' | 'no-answer' | 'waiting';

type Signal =
  | { kind: 'removed' }
  | { kind: 'restricted' }
  | { kind: 'refused' }
  | { kind: 'no-answer' }
  | { kind: 'none' };

// Every step kind must say what it means here: a kind added later fails the type check until it does.
const signalOf: { [K in NoticeStepKind]: (step: Extract<NoticeStep, { kind: K }>) => Signal } = {
  acknowledged: () => ({ kind: 'none' }),
  decision: (step) =>
    step.decision === 'removed'
      ? { kind: 'removed' }
      : step.decision === 'restricted'
        ? { kind: 'restricted' }
        : { kind: 'refused' },
  'no-answer': () => ({ kind: 'no-answer' }),
  appealed: () => ({ kind: 'none' }),
  referred: () => ({ kind: 'none' }),
  'removal-seen': () => ({ kind: 'removed' }),
};

function signal(step: NoticeStep): Signal {
  return (signalOf[step.kind] as (s: NoticeStep) => Signal)(step);
}

export interface ReportOutcome {
  outcome: Outcome;
  /** When the first notice was marked sent. */
  sentAt: Date;
  /** When a removal was first recorded; null when none was. */
  removedAt: Date | null;
}

const time = (iso: string) => new Date(iso).getTime();

function firstSent(notices: readonly NoticeRecord[]): number | null {
  const times = notices.flatMap((n) => (n.sentAt ? [time(n.sentAt)] : []));
  return times.length === 0 ? null : Math.min(...times);
}

/** What a report's steps settled, whatever the time: an outcome, or 'open' (no answer recorded yet). */
export type SettledOutcome = Exclude<Outcome, 'waiting'> | 'open';

export interface SentFacts {
  /** When the first notice was marked sent. */
  sentAt: number;
  /** When a removal was first recorded; null when none was. */
  removedAt: number | null;
  settled: SettledOutcome;
}

/**
 * What a report's sent notices settled; null when none was sent. The last decision stands (an
 * appeal can turn a refusal into a removal) except that a removal, once recorded, stays; a "no
 * answer" step counts only where no decision was recorded.
 */
export function sentFacts(report: Report): SentFacts | null {
  const sent = report.notices.filter((n) => n.sentAt !== null);
  const sentAt = firstSent(sent);
  if (sentAt === null) return null;
  const steps = sent.flatMap((n) => n.steps ?? []).sort((a, b) => time(a.at) - time(b.at));
  let removedAt: number | null = null;
  let decided: SettledOutcome | null = null;
  let unanswered = false;
  for (const step of steps) {
    const { kind } = signal(step);
    if (kind === 'removed') removedAt ??= time(step.at);
    else if (kind === 'restricted' || kind === 'refused') decided = kind;
    else if (kind === 'no-answer') unanswered = true;
  }
  const settled = removedAt !== null ? 'removed' : (decided ?? (unanswered ? 'no-answer' : 'open'));
  return { sentAt, removedAt, settled };
}

/** Whether a notice sent at `sentAt` (ms) has passed its reminder at `now`. */
export function reminderPassed(sentAt: number, reminderHours: number | null, now: Date): boolean {
  return reminderHours !== null && now.getTime() >= sentAt + reminderHours * 3_600_000;
}

/**
 * The outcome of a report's sent notices; null when none was sent. A report with no decision
 * counts as unanswered once a "no answer" step is recorded or its reminder passed.
 */
export function reportOutcome(report: Report, reminderHours: number | null, now: Date): ReportOutcome | null {
  const facts = sentFacts(report);
  if (facts === null) return null;
  const { sentAt, removedAt, settled } = facts;
  const outcome: Outcome =
    settled !== 'open' ? settled : reminderPassed(sentAt, reminderHours, now) ? 'no-answer' : 'waiting';
  return { outcome, sentAt: new Date(sentAt), removedAt: removedAt === null ? null : new Date(removedAt) };
}
