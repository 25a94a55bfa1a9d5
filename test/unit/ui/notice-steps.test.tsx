import { afterEach, describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/log/LogPage';
import { listReportEvents } from '../../../utils/db/events';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { platformAnswer } from '../../../utils/notice/notice-step';
import { makeNoticeRecord, makeReport, storeCapture } from '../factories';
import { buttonNamed, choose, mount, query, typeInto, waitFor } from './dom';

afterEach(() => {
  window.location.hash = '';
});

describe('log: what followed a sent notice', () => {
  it('records the platform’s decision with its pasted answer, hashed, as an event', async () => {
    const record = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z', language: 'en' });
    const opened = withNoticeOpened(makeReport({ categoryId: 'hate-provocation', status: 'saved' }), record);
    await storeCapture({ report: withNoticeSent(opened, record.id, '', new Date('2026-11-20T10:00:00Z')) });
    window.location.hash = `#${opened.id}`;
    const page = mount(<LogPage win={window} />);
    const item = await waitFor(() => page.querySelector<HTMLElement>('.notice-record[data-sent="yes"]'));

    choose(query<HTMLSelectElement>(item, 'select[name="kind"]'), 'decision');
    await waitFor(() => item.querySelector('select[name="decision"]'));
    choose(query<HTMLSelectElement>(item, 'select[name="decision"]'), 'removed');
    typeInto(query<HTMLTextAreaElement>(item, 'textarea[name="answer"]'), 'We removed it.');
    buttonNamed(item, t('stepRecord')).click();

    const shown = await waitFor(() =>
      page.querySelector<HTMLElement>('.notice-steps li[data-step="decision"]'),
    );
    const hash = (await platformAnswer('We removed it.'))?.sha256;
    expect(shown.textContent).toContain(
      `${t('stepDecision')}${t('stepDetailSeparator')}${t('decisionRemoved')}`,
    );
    expect(query(shown, 'code').textContent).toBe(hash);
    const stored = await getReport(opened.id);
    expect(stored?.notices[0]?.steps?.[0]).toMatchObject({ kind: 'decision', decision: 'removed' });
    const events = await listReportEvents(opened.id);
    expect(events.at(-1)).toMatchObject({ type: 'notice-step', data: { answerSha256: hash } });
  });

  it('offers no step form before the notice is sent', async () => {
    const record = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z', language: 'en' });
    const report = withNoticeOpened(makeReport({ status: 'saved' }), record);
    await storeCapture({ report });
    window.location.hash = `#${report.id}`;
    const page = mount(<LogPage win={window} />);
    await waitFor(() => page.querySelector('.notice-record'));
    expect(page.querySelector('.notice-steps')).toBeNull();
  });
});
