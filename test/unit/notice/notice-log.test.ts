import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../utils/model';
import { NoticeNotFoundError, withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import type { NoticeRecord } from '../../../utils/notice/notice-record';
import { makeNoticeRecord, makeReport } from '../factories';

function record(openedAt: string): NoticeRecord {
  return makeNoticeRecord({ openedAt, text: 'texte' });
}

describe('the log follows the notice', () => {
  it('records each channel chosen and each notice sent in the history, and the status only moves forward', () => {
    const opened = record('2026-11-23T10:00:00.000Z');
    let report = makeReport({ status: 'saved' });
    report = reportSchema.parse(withNoticeOpened(report, opened));
    expect(report.status).toBe('notice-opened');
    expect(report.notices).toEqual([opened]);
    report = reportSchema.parse(
      withNoticeSent(report, opened.id, ' REF-123 ', new Date('2026-11-23T10:05:00Z')),
    );
    expect(report.status).toBe('sent');
    expect(report.notices[0]?.sentAt).toBe('2026-11-23T10:05:00.000Z');
    expect(report.notices[0]?.reference).toBe('REF-123');
    // A second channel chosen later does not move a sent report back.
    report = reportSchema.parse(withNoticeOpened(report, record('2026-11-23T11:00:00.000Z')));
    expect(report.status).toBe('sent');
    expect(report.statusHistory.map((s) => s.status)).toEqual([
      'draft',
      'notice-opened',
      'sent',
      'notice-opened',
    ]);
  });

  it('keeps one entry when the same text goes through the same channel again before it is sent', () => {
    const first = record('2026-11-23T10:00:00.000Z');
    let report = withNoticeOpened(makeReport(), first);
    report = withNoticeOpened(report, record('2026-11-23T10:01:00.000Z'));
    expect(report.notices).toEqual([first]);
    report = withNoticeOpened(report, { ...record('2026-11-23T10:02:00.000Z'), text: 'autre texte' });
    expect(report.notices).toHaveLength(2);
  });

  it('keeps the first sending time when the reference is added later', () => {
    const opened = record('2026-11-23T10:00:00.000Z');
    let report = withNoticeOpened(makeReport(), opened);
    report = withNoticeSent(report, opened.id, '', new Date('2026-11-23T10:05:00Z'));
    expect(report.notices[0]?.reference).toBeNull();
    report = withNoticeSent(report, opened.id, 'ABC', new Date('2026-11-24T09:00:00Z'));
    expect(report.notices[0]?.sentAt).toBe('2026-11-23T10:05:00.000Z');
    expect(report.notices[0]?.reference).toBe('ABC');
    expect(report.statusHistory.filter((s) => s.status === 'sent')).toHaveLength(1);
  });

  it('refuses to mark a notice the report does not have', () => {
    expect(() => withNoticeSent(makeReport(), crypto.randomUUID(), '', new Date())).toThrow(
      NoticeNotFoundError,
    );
  });
});
