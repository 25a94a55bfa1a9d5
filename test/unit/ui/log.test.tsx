import { afterEach, describe, expect, it } from 'vitest';
import { fill } from '../../../components/log/fill';
import { LogPage } from '../../../components/log/LogPage';
import { openConstatDB } from '../../../utils/db/open';
import { t } from '../../../utils/i18n';
import type { Report } from '../../../utils/model';
import { makePostData, storeCapture } from '../factories';
import { buttonNamed, mount, query, waitFor } from './dom';

afterEach(() => {
  window.location.hash = '';
});

async function openLog() {
  const page = mount(<LogPage win={window} />);
  // The list is shown once its lines are read (none still loading), or the log is empty.
  await waitFor(
    () =>
      (page.querySelector('.report-list') && !page.querySelector('.report-list li.muted')) ||
      page.textContent?.includes(t('logEmpty')),
  );
  return page;
}

async function openDetail(reportId: string) {
  window.location.hash = `#${reportId}`;
  const page = mount(<LogPage win={window} />);
  await waitFor(() => page.querySelector('.evidence-list'));
  return page;
}

describe('log list', () => {
  it('lists reports newest first, with date, platform, kind of capture, author, excerpt, category and status', async () => {
    const older = await storeCapture({ report: { createdAt: '2026-11-20T08:00:00.000Z' } });
    const newest = await storeCapture({
      report: { createdAt: '2026-11-23T08:00:00.000Z', categoryId: 'threats', status: 'saved' },
    });
    const middle = await storeCapture({
      report: { createdAt: '2026-11-21T08:00:00.000Z', target: 'page', extracted: null },
    });
    const page = await openLog();

    const items = [...page.querySelectorAll<HTMLElement>('.report-summary')];
    expect(items.map((item) => item.dataset.reportId)).toEqual([
      newest.report.id,
      middle.report.id,
      older.report.id,
    ]);
    const first = items[0]?.textContent ?? '';
    expect(first).toContain('X');
    expect(first).toContain(t('targetPost'));
    expect(first).toContain('Example Person (@example)');
    expect(first).toContain('A hateful post, captured for the tests.');
    expect(first).toContain('Threats of death or violence');
    expect(first).toContain(t('statusSaved'));
    expect(items[1]?.textContent).toContain(t('targetPage'));
    expect(items[1]?.textContent).toContain(t('unknownAuthor'));
    expect(query(items[0] as HTMLElement, 'time').getAttribute('datetime')).toBe('2026-11-23T08:00:00.000Z');
  });

  it('lists an unreadable record as an error instead of hiding it', async () => {
    await storeCapture();
    const db = await openConstatDB();
    await db.put('reports', {
      id: 'broken-record',
      createdAt: '2026-11-22T08:00:00.000Z',
    } as unknown as Report);
    const page = await openLog();

    // Written outside the storage code: found by the list's check once the list has shown.
    const error = await waitFor(() => page.querySelector<HTMLElement>('.unreadable li'));
    expect(error.dataset.reportId).toBe('broken-record');
    expect(error.textContent).toContain(t('logUnreadable'));
    expect(error.textContent).toContain('Stored report broken-record is unreadable');
    await waitFor(() => page.querySelectorAll('.report-summary').length === 1);
  });

  it('selects every report the list shows, read only when asked for, and clears them', async () => {
    await storeCapture();
    await storeCapture();
    const page = await openLog();
    const all = query<HTMLInputElement>(page, '.log-toolbar__selection input[type=checkbox]');
    all.click();
    await waitFor(() => page.textContent?.includes(fill(t('selectionCount'), { n: 2 })));
    expect(page.querySelectorAll('.report-summary input[type=checkbox]:checked')).toHaveLength(2);
    all.click();
    await waitFor(() => page.textContent?.includes(fill(t('selectionCount'), { n: 0 })));
  });

  it('renders page text in the list as text', async () => {
    await storeCapture({ report: { extracted: makePostData({ text: '<img src=x onerror=alert(1)>' }) } });
    const page = await openLog();
    expect(page.querySelector('img')).toBeNull();
    expect(query(page, '.report-summary__excerpt').textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('log detail', () => {
  it('opens from the hash with metadata, evidence hashes and a link to the composer', async () => {
    const { report } = await storeCapture();
    const page = await openDetail(report.id);

    expect(page.textContent).toContain(report.meta.pageUrl);
    expect(page.textContent).toContain('Example on X');
    expect(page.textContent).toContain('Chrome 131.0');
    expect(page.textContent).toContain('1280 × 800 px');
    for (const ref of report.evidence) expect(page.textContent).toContain(ref.sha256);
    expect(query(page, 'iframe').getAttribute('sandbox')).toBe('');
    const composerLink = [...page.querySelectorAll('a')].find((a) => a.textContent === t('logOpenComposer'));
    expect(composerLink?.getAttribute('href')).toContain(`composer.html?id=${report.id}`);
  });

  it('recomputes the hashes of the stored bytes and reports a changed file', async () => {
    const { report, evidence } = await storeCapture();
    const page = await openDetail(report.id);

    buttonNamed(page, t('verifyHashes')).click();
    await waitFor(() => page.querySelectorAll('[data-check]').length === evidence.length);
    expect([...page.querySelectorAll<HTMLElement>('[data-check]')].map((e) => e.dataset.check)).toEqual(
      evidence.map(() => 'match'),
    );
    expect(query(page, '.verify-status').textContent).toBe(t('verifyAllMatch'));

    const screenshot = evidence.find((e) => e.kind === 'screenshot');
    if (!screenshot) throw new Error('factory lost the screenshot');
    const altered = new Uint8Array(screenshot.bytes.slice(0));
    altered[20] = (altered[20] ?? 0) ^ 0xff;
    await (await openConstatDB()).put('evidence', { ...screenshot, bytes: altered.buffer });

    buttonNamed(page, t('verifyHashes')).click();
    await waitFor(() => page.querySelector('[data-check="mismatch"]'));
    const row = query(page, `[data-evidence-id="${screenshot.id}"]`);
    expect(row.textContent).toContain(t('hashMismatch'));
    expect(query(page, '.verify-status').textContent).toBe(t('verifySomeFailed'));
  });

  it('says when the report in the hash does not exist', async () => {
    window.location.hash = `#${crypto.randomUUID()}`;
    const page = mount(<LogPage win={window} />);
    const alert = await waitFor(() => page.querySelector('[role="alert"]'));
    expect(alert.textContent).toBe(t('composerNotFound'));
  });
});
