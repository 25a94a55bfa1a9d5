import { describe, expect, it } from 'vitest';
import { openConstatDB } from '../../../utils/db/open';
import { rebuildRows } from '../../../utils/log-index/maintain';
import type { Report } from '../../../utils/model';
import type { NoticeStep } from '../../../utils/notice/notice-step';
import type { Settings } from '../../../utils/settings';
import { monthOf } from '../../../utils/stats/log-stats';
import { reportOutcome } from '../../../utils/stats/outcome';
import { readLogStats } from '../../../utils/stats/read-stats';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';

// Hand-made logs whose figures are counted by hand below, stored through the storage code and
// counted through the index rows as the statistics page counts them.

const NOW = new Date('2026-12-05T12:00:00.000Z');
const noReminder: Settings['followUpHours'] = { threats: null };
const reminder72h: Settings['followUpHours'] = { threats: 72 };

async function logStats(reports: Report[], followUpHours: Settings['followUpHours'], now: Date) {
  for (const report of reports) await storeCapture({ report, evidence: [] });
  return (await readLogStats(followUpHours, now)).stats;
}

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
  it('are zero and empty for an empty log', async () => {
    expect(await logStats([], noReminder, NOW)).toEqual({
      total: 0,
      perMonth: [],
      perPlatform: [],
      perCategory: [],
      followUp: [],
    });
  });

  it('count reports per month with the empty months between, per platform and per category', async () => {
    const reports = [
      sentReport({ capturedAt: '2026-08-10T12:00:00.000Z', sentAt: null }),
      sentReport({ capturedAt: '2026-08-20T12:00:00.000Z', platform: 'facebook', sentAt: null }),
      sentReport({ capturedAt: '2026-11-15T12:00:00.000Z', sentAt: null }),
      { ...makeReport({ createdAt: '2026-11-16T12:00:00.000Z' }), categoryId: null },
    ];
    const stats = await logStats(reports, noReminder, NOW);
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

  it('gives each platform its outcomes, median time to removal and share removed within the reminder', async () => {
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
    const stats = await logStats(reports, reminder72h, NOW);
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

  it('leaves out of the timing a removal dated before the sending, and judges nothing without a reminder', async () => {
    const early = sentReport({ steps: [decision('2026-11-15T10:00:00.000Z', 'removed')] });
    const [x] = (await logStats([early], noReminder, NOW)).followUp;
    expect(x?.outcomes.removed).toBe(1);
    expect(x?.removalsTimed).toBe(0);
    expect(x?.medianHoursToRemoval).toBeNull();
    expect(x?.judged).toBe(0);
  });

  it('takes the mean of the two middle removal times for an even count', async () => {
    const [x] = (
      await logStats(
        [
          sentReport({ steps: [decision('2026-11-16T12:00:00.000Z', 'removed')] }), // 2 h
          sentReport({ steps: [decision('2026-11-16T20:00:00.000Z', 'removed')] }), // 10 h
          sentReport({ steps: [decision('2026-11-17T10:00:00.000Z', 'removed')] }), // 24 h
          sentReport({ steps: [decision('2026-11-20T10:00:00.000Z', 'removed')] }), // 96 h
        ],
        reminder72h,
        NOW,
      )
    ).followUp;
    expect(x?.medianHoursToRemoval).toBe(17);
    expect(x?.removalsTimed).toBe(4);
    expect(x?.removedWithinReminder).toBe(3);
  });

  it('judges a report removed within its reminder before that reminder has passed', async () => {
    const recent = sentReport({
      sentAt: '2026-12-05T08:00:00.000Z',
      steps: [decision('2026-12-05T10:00:00.000Z', 'removed')],
    });
    const [x] = (
      await logStats([recent, sentReport({ sentAt: '2026-12-05T09:00:00.000Z' })], reminder72h, NOW)
    ).followUp;
    expect(x).toMatchObject({ sent: 2, judged: 1, removedWithinReminder: 1 });
    expect(x?.outcomes).toMatchObject({ removed: 1, waiting: 1, 'no-answer': 0 });
  });

  it('names a record it cannot read and leaves it out of every figure', async () => {
    await storeCapture({ report: sentReport({ sentAt: null }), evidence: [] });
    const db = await openConstatDB();
    await db.put('reports', { id: 'broken', createdAt: '2026-11-20T10:00:00.000Z' } as never);
    await rebuildRows(db);
    const { stats, unreadable } = await readLogStats(reminder72h, NOW);
    expect(unreadable.map((record) => record.id)).toEqual(['broken']);
    expect(stats.total).toBe(1);
    expect(stats.perMonth).toEqual([{ month: '2026-11', count: 1 }]);
    expect(stats.perPlatform).toEqual([{ platform: 'x', count: 1 }]);
    expect(stats.perCategory).toEqual([{ categoryId: 'threats', count: 1 }]);
  });

  it('names months in the person’s time zone and skips dates it cannot read', () => {
    expect(monthOf('2026-03-15T12:00:00.000Z')).toBe('2026-03');
    expect(monthOf('not a date')).toBeNull();
  });
});
