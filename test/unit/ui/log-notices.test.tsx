import { afterEach, describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/log/LogPage';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';
import { buttonNamed, mount, query, typeInto, waitFor } from './dom';

afterEach(() => {
  window.location.hash = '';
});

function withXNotice(openedAt: string) {
  const record = makeNoticeRecord({ openedAt, language: 'en' });
  return {
    record,
    report: withNoticeOpened(makeReport({ categoryId: 'hate-provocation', status: 'saved' }), record),
  };
}

async function openDetail(reportId: string) {
  window.location.hash = `#${reportId}`;
  const page = mount(<LogPage win={window} />);
  await waitFor(() => page.querySelector('.evidence-list'));
  return page;
}

describe('log: the report’s notices and history', () => {
  it('shows each step, the channel and the exact text used, and lets the person mark it sent', async () => {
    const { record, report } = withXNotice('2026-11-23T09:00:00.000Z');
    await storeCapture({ report });
    const page = await openDetail(report.id);

    const steps = [...page.querySelectorAll<HTMLElement>('.status-history li')].map(
      (li) => li.dataset.status,
    );
    expect(steps).toEqual(['draft', 'notice-opened']);
    expect(query(page, '.status-history').textContent).toContain('X’s “Report EU illegal content” form');
    const item = query(page, `.notice-record[data-notice="${record.id}"]`);
    expect(item.dataset.sent).toBe('no');
    expect(query(item, '.notice-text').textContent).toBe(record.text);

    typeInto(query<HTMLInputElement>(item, 'input[name="reference"]'), 'X-REF-77');
    buttonNamed(item, t('noticeMarkSent')).click();
    await waitFor(() => page.querySelector('.notice-record[data-sent="yes"]'));
    expect(query(page, '.notice-reference').textContent).toBe('X-REF-77');
    expect((await getReport(report.id))?.status).toBe('sent');
    await waitFor(() => page.querySelectorAll('.status-history li').length === 3);
  });

  it('counts the reminder from when the notice was sent, and says when it is overdue', async () => {
    const { record, report } = withXNotice('2026-11-20T09:00:00.000Z');
    const sent = withNoticeSent(report, record.id, '', new Date('2026-11-20T10:00:00Z'));
    await storeCapture({ report: sent });
    const page = await openDetail(report.id);
    // Provocation to hatred: a 24-hour reminder by default, counted from the sending.
    const followUp = query(page, '.notice-follow-up');
    expect(followUp.dataset.due).toBe('2026-11-21T10:00:00.000Z');
    expect(followUp.textContent).toContain(t('noticeFollowUpOverdue'));
  });
});
