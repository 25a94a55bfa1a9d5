import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listReportEvents } from '../../../utils/db/events';
import { getEvidence, getReport } from '../../../utils/db/reports';
import { readSchedule } from '../../../utils/follow-up/schedule';
import { verifyLog } from '../../../utils/log/verify';
import type { Report } from '../../../utils/model';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import type { CheckedPost } from '../../../utils/recheck/check-post';
import { storedPeriodicCandidates } from '../../../utils/recheck/periodic';
import type { RecheckOutcome } from '../../../utils/recheck/reading';
import { recordRecheck } from '../../../utils/recheck/record';
import { loadRun, updateRun } from '../../../utils/recheck/run-state';
import {
  cancelRechecks,
  drive,
  PAUSE_MS,
  resumeRechecks,
  startRechecks,
} from '../../../utils/recheck/runner';
import { makeEvidence, makeNoticeRecord, storeCapture, TINY_PNG } from '../factories';

const CHECKED_AT = '2026-11-25T10:00:00.000Z';
const now = () => new Date(CHECKED_AT);

async function checked(report: Report, outcome: RecheckOutcome): Promise<CheckedPost> {
  const evidence = await Promise.all([
    makeEvidence(report.id, { kind: 'recheck-screenshot', content: TINY_PNG }, CHECKED_AT),
    makeEvidence(report.id, { kind: 'recheck-html', content: '<p>gone</p>' }, CHECKED_AT),
    makeEvidence(report.id, { kind: 'recheck-metadata', content: '{"recheck":true}' }, CHECKED_AT),
  ]);
  return {
    result: {
      checkedAt: CHECKED_AT,
      address: report.meta.pageUrl,
      outcome,
      pageUrl: report.meta.pageUrl,
      pageTitle: 'X',
      obstacle: outcome === 'removed' ? 'post-unavailable' : null,
      foundBy: null,
      screenshot: 'taken',
      error: null,
    },
    evidence,
  };
}

/** A stored report whose notice was sent on 20 November (provocation to hatred: 24-hour reminder). */
async function sentReport(): Promise<Report> {
  const record = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z' });
  const { report } = await storeCapture({ report: { categoryId: 'hate-provocation', status: 'saved' } });
  const sent = withNoticeSent(
    withNoticeOpened(report, record),
    record.id,
    '',
    new Date('2026-11-20T10:00:00.000Z'),
  );
  const { updateReport } = await import('../../../utils/db/reports');
  return updateReport(report.id, () => sent);
}

describe('recording a recheck', () => {
  it('stores the new files beside the first capture, which stays whole, with a recheck event naming their hashes', async () => {
    const { report, evidence: first } = await storeCapture();
    const result = await checked(report, 'online');
    await recordRecheck(report.id, result);
    const stored = await getReport(report.id);
    expect(stored?.evidence.slice(0, first.length)).toEqual(report.evidence);
    expect(stored?.evidence.slice(first.length).map((e) => e.kind)).toEqual([
      'recheck-screenshot',
      'recheck-html',
      'recheck-metadata',
    ]);
    expect(await getEvidence(report.id)).toHaveLength(first.length + 3);
    const recheck = (await listReportEvents(report.id)).find((event) => event.type === 'recheck');
    expect(recheck?.data.outcome).toBe('online');
    expect(((recheck?.data.evidence ?? []) as { sha256: string }[]).map((e) => e.sha256)).toEqual(
      result.evidence.map((e) => e.sha256),
    );
    expect((await verifyLog()).findings).toEqual([]);
  });

  it('marks a sent notice’s outcome when the post is found removed, which settles its reminder', async () => {
    const report = await sentReport();
    const later = new Date('2027-01-01T00:00:00.000Z');
    expect((await readSchedule(later, null)).due.map((reminder) => reminder.reportId)).toEqual([report.id]);
    await recordRecheck(report.id, await checked(report, 'removed'));
    const stored = (await getReport(report.id)) as Report;
    expect(stored.notices[0]?.steps).toEqual([{ kind: 'removal-seen', at: CHECKED_AT }]);
    expect(await readSchedule(later, null)).toEqual({ due: [], next: null });
    const types = (await listReportEvents(report.id)).map((event) => event.type);
    expect(types.slice(-2)).toEqual(['recheck', 'notice-step']);
    expect(await storedPeriodicCandidates()).toEqual([]);
    expect((await verifyLog()).findings).toEqual([]);
  });

  it('marks no notice when the post is still online', async () => {
    const report = await sentReport();
    await recordRecheck(report.id, await checked(report, 'online'));
    expect((await getReport(report.id))?.notices[0]?.steps).toBeUndefined();
    expect(await storedPeriodicCandidates()).toEqual([report.id]);
  });
});

describe('running rechecks', () => {
  it('checks one report at a time with a pause between them, and records each', async () => {
    const a = (await storeCapture()).report;
    const b = (await storeCapture()).report;
    const order: string[] = [];
    const pauses: number[] = [];
    await startRechecks([a.id, b.id, a.id], 'person', {
      now,
      wait: async (ms) => {
        pauses.push(ms);
      },
      check: async (report) => {
        order.push(`start ${report.id}`);
        const result = await checked(report, 'online');
        order.push(`end ${report.id}`);
        return result;
      },
    });
    await drive();
    expect(order).toEqual([`start ${a.id}`, `end ${a.id}`, `start ${b.id}`, `end ${b.id}`]);
    expect(pauses).toEqual([PAUSE_MS]);
    const run = await loadRun();
    expect(run?.finishedAt).not.toBeNull();
    expect(run?.done.map((d) => d.outcome)).toEqual(['online', 'online']);
  });

  it('stops after the recheck under way when the person cancels; what was recorded stays', async () => {
    const ids = [
      (await storeCapture()).report.id,
      (await storeCapture()).report.id,
      (await storeCapture()).report.id,
    ];
    await startRechecks(ids, 'person', {
      now,
      wait: async () => {},
      check: async (report) => {
        await cancelRechecks();
        return checked(report, 'online');
      },
    });
    await drive();
    const run = await loadRun();
    expect(run?.cancelled).toBe(true);
    expect(run?.done).toHaveLength(1);
    expect(run?.queue).toHaveLength(2);
    expect((await getReport(ids[0] ?? ''))?.evidence.some((e) => e.kind === 'recheck-metadata')).toBe(true);
  });

  it('goes on where a stopped worker left it: the page it opened is closed and that report checked again', async () => {
    const a = (await storeCapture()).report;
    const b = (await storeCapture()).report;
    const opened = await fakeBrowser.windows.create({ url: 'https://x.com/example/status/1' });
    // What a worker stopped in the middle of report a left in storage.
    await updateRun(() => ({
      id: crypto.randomUUID(),
      trigger: 'person',
      startedAt: CHECKED_AT,
      total: 2,
      queue: [b.id],
      current: a.id,
      opened: { tabId: opened?.tabs?.[0]?.id ?? 0, windowId: opened?.id ?? 0 },
      done: [],
      resumed: 0,
      cancelRequested: false,
      cancelled: false,
      finishedAt: null,
    }));
    const checkedIds: string[] = [];
    await resumeRechecks({
      now,
      wait: async () => {},
      check: async (report) => {
        checkedIds.push(report.id);
        return checked(report, 'removed');
      },
    });
    expect(checkedIds).toEqual([a.id, b.id]);
    const run = await loadRun();
    expect(run?.resumed).toBe(1);
    expect(run?.finishedAt).not.toBeNull();
    expect((await fakeBrowser.windows.getAll()).some((w) => w.id === opened?.id)).toBe(false);
  });

  it('records a report it could not check as such, and goes on with the next', async () => {
    const a = (await storeCapture()).report;
    await startRechecks([crypto.randomUUID(), a.id], 'person', {
      now,
      wait: async () => {},
      check: (report) => checked(report, 'not-visible'),
    });
    await drive();
    const run = await loadRun();
    expect(run?.done[0]?.error).toBe('This report was deleted.');
    expect(run?.done[1]?.outcome).toBe('not-visible');
  });
});
