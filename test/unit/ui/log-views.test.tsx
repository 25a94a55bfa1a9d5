import { afterEach, describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/log/LogPage';
import { updateReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { withNoticeOpened, withNoticeSent } from '../../../utils/notice/notice-log';
import { makeNoticeRecord, makePostData, storeCapture } from '../factories';
import { mount, query, waitFor } from './dom';

afterEach(() => {
  window.location.hash = '';
});

function openView(hash: string, ready: string) {
  window.location.hash = hash;
  const page = mount(<LogPage win={window} />);
  return waitFor(() => page.querySelector(ready) && page);
}

/** The body rows of a figure's table, as text cells. */
function tableRows(page: HTMLElement, figure: string): string[][] {
  return [...page.querySelectorAll(`[data-stats="${figure}"] tbody tr`)].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? ''),
  );
}

async function targeted(attackTarget: string, platform: 'x' | 'facebook', capturedAt: string) {
  const { report } = await storeCapture({
    report: {
      platform,
      extracted: makePostData({ platform }),
      categoryId: 'hate-provocation',
      createdAt: capturedAt,
    },
  });
  return updateReport(report.id, (r) => ({ ...r, attackTarget, meta: { ...r.meta, capturedAt } }));
}

describe('the log’s other views', () => {
  it('links to them from the list', async () => {
    const page = mount(<LogPage win={window} />);
    const nav = await waitFor(() => page.querySelector('nav.log-views'));
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/list',
      '#/authors',
      '#/targets',
      '#/stats',
    ]);
  });

  it('groups reports by the person or group attacked, each with its timeline oldest first', async () => {
    const late = await targeted('Sam K.', 'x', '2026-11-20T10:00:00.000Z');
    const early = await targeted('sam k.', 'facebook', '2026-11-02T10:00:00.000Z');
    const middle = await targeted('Sam K.', 'x', '2026-11-10T10:00:00.000Z');
    await targeted('Asso Égalité', 'x', '2026-11-10T10:00:00.000Z');
    await storeCapture();
    const page = await openView('#/targets', '.target-timeline');
    const sections = [...page.querySelectorAll('.target-timeline')];
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).toEqual(['Sam K.', 'Asso Égalité']);
    expect(
      [...sections[0]!.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-report-id')),
    ).toEqual([early.id, middle.id, late.id]);
    expect(page.textContent).toContain('1 report(s) name nobody.');
  });

  it('says when no report names anybody', async () => {
    await storeCapture();
    const page = await openView('#/targets', 'main');
    await waitFor(() => page.textContent?.includes(t('targetsEmpty')));
  });

  it('shows the statistics with the same figures in tables beside the charts', async () => {
    const sent = await targeted('Sam K.', 'x', '2026-10-20T10:00:00.000Z');
    const notice = makeNoticeRecord();
    await updateReport(sent.id, (r) => withNoticeOpened(r, notice));
    await updateReport(sent.id, (r) => withNoticeSent(r, notice.id, '', new Date('2026-10-21T10:00:00Z')));
    await updateReport(sent.id, (r) => ({
      ...r,
      notices: r.notices.map((n) => ({
        ...n,
        steps: [{ kind: 'decision' as const, at: '2026-10-22T10:00:00.000Z', decision: 'removed' as const }],
      })),
    }));
    await targeted('', 'facebook', '2026-12-01T10:00:00.000Z');
    const page = await openView('#/stats', '[data-stats="per-month"]');
    expect(tableRows(page, 'per-month')).toEqual([
      ['Oct 2026', '1'],
      ['Nov 2026', '0'],
      ['Dec 2026', '1'],
    ]);
    expect(tableRows(page, 'per-platform')).toEqual([
      ['Facebook', '1'],
      ['X', '1'],
    ]);
    expect(tableRows(page, 'outcomes')).toEqual([['X', '1', '1', '0', '0', '0', '0']]);
    expect(tableRows(page, 'removal-time')).toEqual([['X', '1', '24 h']]);
    expect(tableRows(page, 'within-reminder')).toEqual([['X', '1', '1', '100%']]);
    expect(query(page, '[data-stats="per-month"] [role="img"]').getAttribute('aria-label')).toContain(
      t('statsPerMonthHeading'),
    );
  });

  it('says the log is empty instead of drawing empty charts', async () => {
    const page = await openView('#/stats', 'main');
    await waitFor(() => page.textContent?.includes(t('statsEmpty')));
    expect(page.querySelector('[data-stats]')).toBeNull();
  });
});
