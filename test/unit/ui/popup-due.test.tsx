import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupPage } from '../../../components/popup/PopupPage';
import { dueListPage } from '../../../utils/follow-up/reminders';
import { t } from '../../../utils/i18n';
import { fill } from '../../../utils/i18n/fill';
import { withNoticeOpened, withNoticeSent, withNoticeStep } from '../../../utils/notice/notice-log';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';
import { mount, query, waitFor } from './dom';

function sentReport(sentAt: string) {
  const record = makeNoticeRecord({ openedAt: sentAt });
  const opened = withNoticeOpened(makeReport({ categoryId: 'hate-provocation' }), record);
  return { record, report: withNoticeSent(opened, record.id, '', new Date(sentAt)) };
}

describe('popup: follow-ups due', () => {
  it('lists the notices whose follow-up time has come, and opens the report in the log', async () => {
    const due = sentReport('2026-11-20T10:00:00.000Z');
    const answered = sentReport('2026-11-19T10:00:00.000Z');
    const settled = withNoticeStep(answered.report, answered.record.id, {
      kind: 'no-answer',
      at: '2026-11-21T10:00:00.000Z',
    });
    const notYet = sentReport('2026-11-22T09:00:00.000Z');
    for (const report of [due.report, settled, notYet.report]) await storeCapture({ report });
    const onOpened = vi.fn();
    const page = mount(<PopupPage onOpened={onOpened} now={() => new Date('2026-11-22T12:00:00Z')} />);
    const list = await waitFor(() => page.querySelector<HTMLElement>('.due-follow-ups'));
    expect(list.textContent).toContain(t('popupDueHeading'));
    expect([...list.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.report)).toEqual([
      due.report.id,
    ]);
    query<HTMLButtonElement>(list, 'button').click();
    await waitFor(() => onOpened.mock.calls.length > 0);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL(`/log.html#${due.report.id}`));
  });

  it('shows no due list when nothing is due', async () => {
    await storeCapture({ report: sentReport('2026-11-22T09:00:00.000Z').report });
    const page = mount(<PopupPage onOpened={vi.fn()} now={() => new Date('2026-11-22T12:00:00Z')} />);
    await waitFor(() => page.querySelector('.recent-list li'));
    expect(page.querySelector('.due-follow-ups')).toBeNull();
  });

  it('names the first eight due, soonest first, and links to the log’s due list for the rest', async () => {
    const sent = Array.from({ length: 11 }, (_, i) => sentReport(`2026-11-20T${String(10 + i)}:00:00.000Z`));
    for (const { report } of sent) await storeCapture({ report });
    const onOpened = vi.fn();
    const page = mount(<PopupPage onOpened={onOpened} now={() => new Date('2026-11-23T12:00:00Z')} />);
    const list = await waitFor(() => page.querySelector<HTMLElement>('.due-follow-ups'));
    expect([...list.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.report)).toEqual(
      sent.slice(0, 8).map(({ report }) => report.id),
    );
    const more = query<HTMLButtonElement>(list, '.due-more');
    expect(more.textContent).toBe(fill(t('popupDueMore'), { n: 3 }));
    more.click();
    await waitFor(() => onOpened.mock.calls.length > 0);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(dueListPage());
  });
});
