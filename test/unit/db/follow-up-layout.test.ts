import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { upgrade } from '../../../utils/db/migrations';
import { closeConstatDB, openConstatDB } from '../../../utils/db/open';
import { DB_VERSION } from '../../../utils/db/schema';
import { rowOfReport } from '../../../utils/log-index/row';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { readLogStats } from '../../../utils/stats/read-stats';
import { makeNoticeRecord, makeReport } from '../factories';

// Layout 9 indexes the rows' follow-up fields: a database written at layout 8 holds rows without
// them, which opening it must write again, or the statistics and reminders would miss its reports.

describe('the follow-up indexes (layout 9)', () => {
  it('write again the rows of a layout-8 database, so its sent reports are counted', async () => {
    await closeConstatDB();
    const record = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z' });
    const opened = withNoticeOpened(makeReport({ categoryId: 'threats', status: 'saved' }), record);
    const report = withNoticeSent(opened, record.id, '', new Date('2026-11-20T10:00:00.000Z'));
    const { sentAt: _s, outcome: _o, waiting: _w, ...layout8Row } = rowOfReport(report);
    const old = await openDB('constat', 8, { upgrade });
    await old.put('reports', report as never);
    await old.put('logIndex', layout8Row as never);
    await old.put('logTotals', 1 as never, 'rows' as never);
    old.close();

    const db = await openConstatDB();
    expect(db.version).toBe(DB_VERSION);
    const row = await db.get('logIndex', report.id);
    expect(row?.outcome).toBe('open');
    expect(row?.waiting).toEqual([['threats', '2026-11-20T10:00:00.000Z', record.id]]);
    expect(await db.countFromIndex('logIndex', 'byWaiting')).toBe(1);
    const { stats } = await readLogStats(null, new Date('2026-11-21T10:00:00.000Z'));
    expect(stats.total).toBe(1);
    expect(stats.followUp.map(({ platform, sent }) => ({ platform, sent }))).toEqual([
      { platform: report.platform, sent: 1 },
    ]);
  });
});
