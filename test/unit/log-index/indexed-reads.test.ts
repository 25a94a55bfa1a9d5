import { describe, expect, it } from 'vitest';
import { openConstatDB } from '../../../utils/db/open';
import { newestReports } from '../../../utils/log-index/indexed-reads';
import { checkRowsInSlices } from '../../../utils/log-index/row-check';
import type { Report } from '../../../utils/model';
import type { NoticeStep } from '../../../utils/notice/notice-step';
import { storedPeriodicCandidates } from '../../../utils/recheck/periodic';
import { makeNoticeRecord, storeCapture } from '../factories';

const SENT = '2026-11-20T10:00:00.000Z';

async function stored(createdAt: string, steps: NoticeStep[] | null = null): Promise<Report> {
  const notices = steps === null ? [] : [{ ...makeNoticeRecord({ sentAt: SENT }), steps }];
  const status = steps === null ? 'saved' : 'sent';
  return (await storeCapture({ report: { createdAt, updatedAt: createdAt, notices, status } })).report;
}

describe('reads through the log index', () => {
  it('gives the newest reports by capture date, however many are stored, and names unreadable records', async () => {
    const older = await stored('2026-11-20T08:00:00.000Z');
    const newest = await stored('2026-11-23T08:00:00.000Z');
    const middle = await stored('2026-11-21T08:00:00.000Z');
    const db = await openConstatDB();
    await db.put('reports', { id: 'damaged' } as never);
    // Written outside the extension's storage code: its row is written by the log list's check.
    await checkRowsInSlices(db);

    const list = await newestReports(2);
    expect(list.reports.map((r) => r.id)).toEqual([newest.id, middle.id]);
    expect(list.unreadable.map((u) => u.id)).toEqual(['damaged']);
    expect((await newestReports(5)).reports.map((r) => r.id)).toEqual([newest.id, middle.id, older.id]);
  });

  it('gives the periodic rechecks the sent reports not known removed, newest first across statuses', async () => {
    await stored('2026-11-19T08:00:00.000Z');
    const waiting = await stored('2026-11-20T08:00:00.000Z', []);
    const refused = await stored('2026-11-22T08:00:00.000Z', [
      { kind: 'decision', at: SENT, decision: 'refused' },
    ]);
    await stored('2026-11-23T08:00:00.000Z', [{ kind: 'removal-seen', at: SENT }]);
    const acknowledged = await stored('2026-11-21T08:00:00.000Z', [{ kind: 'acknowledged', at: SENT }]);

    expect(await storedPeriodicCandidates()).toEqual([refused.id, acknowledged.id, waiting.id]);
  });
});
