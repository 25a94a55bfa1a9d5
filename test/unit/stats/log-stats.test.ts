import { describe, expect, it } from 'vitest';
import type { NoticeStep } from '../../../utils/notice/notice-step';
import { logStats, monthOf } from '../../../utils/stats/log-stats';
import { median } from '../../../utils/stats/median';
import { reportOutcome } from '../../../utils/stats/outcome';
import { makeNoticeRecord, makeReport } from '../factories';

// Hand-made logs whose figures are counted by hand below.

const NOW = new Date('2026-12-05T12:00:00.000Z');
const noReminder = () => null;
const reminder72h = () => 72;

function sentReport(
  options: {
    platform?: 'x' | 'facebook';
    sentAt?: string | null;
    steps?: NoticeStep[];
    capturedAt?: string;
  } = {},
) {
  const capturedAt = options.capturedAt ?? '2026-11-15T10:00:00.000Z';
  const report = makeReport({
    createdAt: capturedAt,
    platform: options.platform ?? 'x',
    categoryId: 'threats',
  });
  const notice = makeNoticeRecord({
    sentAt: options.sentAt === undefined ? '2026-11-16T10:00:00.000Z' : options.sentAt,
    steps: options.steps,
  });
  return { ...report, meta: { ...report.meta, capturedAt }, notices: [notice] };
}

const decision = (at: string, value: 'removed' | 'restricted' | 'refused' | 'no-action'): NoticeStep => ({
  kind: 'decision',
  at,
  decision: value,
});

describe('the outcome of a report’s notices', () => {
  it('is none for a report never sent, and waiting before its reminder', () => {
    expect(reportOutcome(sentReport({ sentAt: null }), 72, NOW)).toBeNull();
    const fresh = sentReport({ sentAt: '2026-12-05T10:00:00.000Z' });
    expect(reportOutcome(fresh, 72, NOW)?.outcome).toBe('waiting');
    expect(reportOutcome(fresh, null, NOW)?.outcome).toBe('waiting');
  });

  it('counts a passed reminder or a "no answer" step as no answer', () => {
    expect(reportOutcome(sentReport(), 72, NOW)?.outcome).toBe('no-answer');
    const stepped = sentReport({
      sentAt: '2026-12-05T10:00:00.000Z',
      steps: [{ kind: 'no-answer', at: '2026-12-05T11:00:00.000Z' }],
    });
    expect(reportOutcome(stepped, null, NOW)?.outcome).toBe('no-answer');
  });

  it('lets the last decision stand, except that a removal stays, timed from the first sending', () => {
    const appealed = sentReport({
      steps: [
        decision('2026-11-17T10:00:00.000Z', 'refused'),
        { kind: 'appealed', at: '2026-11-18T10:00:00.000Z' },
        decision('2026-11-20T10:00:00.000Z', 'removed'),
        decision('2026-11-21T10:00:00.000Z', 'no-action'),
      ],
    });
    const result = reportOutcome(appealed, 72, NOW);
    expect(result?.outcome).toBe('removed');
    expect(result?.removedAt?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(
      reportOutcome(sentReport({ steps: [decision('2026-11-17T10:00:00.000Z', 'no-action')] }), 72, NOW)
        ?.outcome,
    ).toBe('refused');
    expect(
      reportOutcome(sentReport({ steps: [decision('2026-11-17T10:00:00.000Z', 'restricted')] }), 72, NOW)
        ?.outcome,
    ).toBe('restricted');
  });
});

describe('the log’s statistics', () => {
  it('are zero and empty for an empty log', () => {
    expect(logStats([], noReminder, NOW)).toEqual({
      total: 0,
      perMonth: [],
      perPlatform: [],
      perCategory: [],
      followUp: [],
    });
  });

  it('count reports per month with the empty months between, per platform and per category', () => {
    const reports = [
      sentReport({ capturedAt: '2026-08-10T12:00:00.000Z', sentAt: null }),
      sentReport({ capturedAt: '2026-08-20T12:00:00.000Z', platform: 'facebook', sentAt: null }),
      sentReport({ capturedAt: '2026-11-15T12:00:00.000Z', sentAt: null }),
      { ...makeReport({ createdAt: '2026-11-16T12:00:00.000Z' }), categoryId: null },
    ];
    const stats = logStats(reports, noReminder, NOW);
    expect(stats.total).toBe(4);
    expect(stats.perMonth).toEqual([
      { month: '2026-08', count: 2 },
      { month: '2026-09', count: 0 },
      { month: '2026-10', count: 0 },
      { month: '2026-11', count: 2 },
    ]);
    expect(stats.perPlatform).toEqual([
      { platform: 'x', count: 3 },
      { platform: 'facebook', count: 1 },
    ]);
    expect(stats.perCategory).toEqual([
      { categoryId: 'threats', count: 3 },
      { categoryId: null, count: 1 },
    ]);
    expect(stats.followUp).toEqual([]);
  });

  it('gives each platform its outcomes, median time to removal and share removed within the reminder', () => {
    const sent = '2026-11-16T10:00:00.000Z';
    const reports = [
      sentReport({ steps: [decision('2026-11-16T22:00:00.000Z', 'removed')] }), // 12 h: within
      sentReport({ steps: [decision('2026-11-17T10:00:00.000Z', 'removed')] }), // 24 h: within
      sentReport({ steps: [decision('2026-11-26T10:00:00.000Z', 'removed')] }), // 240 h: too late
      sentReport({ steps: [decision('2026-11-17T10:00:00.000Z', 'refused')] }),
      sentReport(), // reminder passed: no answer
      sentReport({ sentAt: '2026-12-05T09:00:00.000Z' }), // waiting, not judged yet
      sentReport({ platform: 'facebook', sentAt: sent }),
      sentReport({ sentAt: null }), // never sent: not followed up
    ];
    const stats = logStats(reports, reminder72h, NOW);
    expect(stats.followUp).toEqual([
      {
        platform: 'x',
        sent: 6,
        outcomes: { removed: 3, restricted: 0, refused: 1, 'no-answer': 1, waiting: 1 },
        medianHoursToRemoval: 24,
        removalsTimed: 3,
        judged: 5,
        removedWithinReminder: 2,
      },
      {
        platform: 'facebook',
        sent: 1,
        outcomes: { removed: 0, restricted: 0, refused: 0, 'no-answer': 1, waiting: 0 },
        medianHoursToRemoval: null,
        removalsTimed: 0,
        judged: 1,
        removedWithinReminder: 0,
      },
    ]);
  });

  it('leaves out of the timing a removal dated before the sending, and judges nothing without a reminder', () => {
    const early = sentReport({ steps: [decision('2026-11-15T10:00:00.000Z', 'removed')] });
    const [x] = logStats([early], noReminder, NOW).followUp;
    expect(x?.outcomes.removed).toBe(1);
    expect(x?.removalsTimed).toBe(0);
    expect(x?.medianHoursToRemoval).toBeNull();
    expect(x?.judged).toBe(0);
  });

  it('names months in the person’s time zone and skips dates it cannot read', () => {
    expect(monthOf('2026-03-15T12:00:00.000Z')).toBe('2026-03');
    expect(monthOf('not a date')).toBeNull();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
