import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/log/LogPage';
import { getChainHead, listEvents } from '../../../utils/db/events';
import { closeConstatDB } from '../../../utils/db/open';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { storeCapture } from '../factories';
import { buttonNamed, mount, query, waitFor } from './dom';

afterEach(() => {
  window.location.hash = '';
});

async function openLog() {
  const page = mount(<LogPage win={window} />);
  // The list's lines are read after the list is laid out: wait until none is still loading.
  await waitFor(
    () =>
      page.querySelector('.report-list') &&
      !page.querySelector('.report-list li.muted') &&
      page.querySelector('[data-testid="chain-head"]'),
  );
  return page;
}

describe('the log page as evidence', () => {
  it('shows the chain head and verifies the log', async () => {
    await storeCapture();
    const page = await openLog();
    expect(query(page, '[data-testid="chain-head"]').textContent).toBe((await getChainHead())?.hash);
    buttonNamed(page, t('verifyLog', 'en')).click();
    await waitFor(() => page.querySelector('.verify-status .ok'));
    expect(page.textContent).toContain(t('verifyOk', 'en'));
  });

  it('names what is wrong when a stored report was edited behind Constat’s back', async () => {
    const { report } = await storeCapture();
    await closeConstatDB();
    const db = await openDB('constat');
    await db.put('reports', { ...(await db.get('reports', report.id)), notes: 'planted' });
    db.close();
    const page = await openLog();
    buttonNamed(page, t('verifyLog', 'en')).click();
    await waitFor(() => page.querySelector('.verify-findings'));
    expect(query(page, '.verify-findings').textContent).toContain(report.id);
  });

  it('deletes the selected reports after a confirmation saying what goes and what stays', async () => {
    const kept = await storeCapture();
    const gone = await storeCapture();
    const page = await openLog();
    query<HTMLInputElement>(page, `[data-report-id="${gone.report.id}"] input[type=checkbox]`).click();
    await waitFor(() => !buttonNamed(page, t('deleteSelected', 'en')).disabled);
    buttonNamed(page, t('deleteSelected', 'en')).click();
    const dialog = await waitFor(() => page.querySelector('.confirm-delete'));
    await waitFor(() => dialog.textContent?.includes('4 evidence file(s)'));
    expect(dialog.textContent).toContain(t('deleteConfirmStays', 'en'));
    buttonNamed(page, t('deleteCancel', 'en')).click();
    await waitFor(() => !page.querySelector('.confirm-delete'));
    expect(await getReport(gone.report.id)).not.toBeNull();

    buttonNamed(page, t('deleteSelected', 'en')).click();
    await waitFor(
      () => page.querySelector('.confirm-delete') && !buttonNamed(page, t('deleteConfirm', 'en')).disabled,
    );
    buttonNamed(page, t('deleteConfirm', 'en')).click();
    await waitFor(() => page.querySelectorAll('.report-summary').length === 1);
    expect(await getReport(gone.report.id)).toBeNull();
    expect(await getReport(kept.report.id)).not.toBeNull();
    expect((await listEvents()).at(-1)?.type).toBe('deleted');
  });

  it('wipes the whole log, and the new history starts from the old head', async () => {
    await storeCapture();
    const page = await openLog();
    const oldHead = await getChainHead();
    buttonNamed(page, t('deleteAll', 'en')).click();
    const dialog = await waitFor(() => page.querySelector('.confirm-delete'));
    expect(dialog.textContent).toContain(t('deleteConfirmWipe', 'en'));
    await waitFor(() => !buttonNamed(page, t('deleteConfirm', 'en')).disabled);
    buttonNamed(page, t('deleteConfirm', 'en')).click();
    await waitFor(() => page.textContent?.includes(t('logEmpty', 'en')));
    const [started] = await listEvents();
    expect(started?.data.previousHead).toEqual(oldHead);
  });

  it('shows a report’s history on its page', async () => {
    const { report } = await storeCapture();
    window.location.hash = `#${report.id}`;
    const page = mount(<LogPage win={window} />);
    const history = await waitFor(() => page.querySelector('.event-history'));
    expect(history.textContent).toContain(t('eventCreated', 'en'));
  });
});

describe('import from the log page', () => {
  it('says what was imported, and names what is wrong in a bad file', async () => {
    await storeCapture();
    const page = await openLog();
    const input = query<HTMLInputElement>(page, '.import input[type=file]');
    const bad = new File(['{"format":"constat-log","formatVersion":99}'], 'newer.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const alert = await waitFor(() => page.querySelector('.import [role=alert]'));
    expect(alert.textContent).toContain('newer.json');
    expect(alert.textContent).toContain('newer Constat');
  });
});
