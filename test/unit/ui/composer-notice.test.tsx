import { describe, expect, it, vi } from 'vitest';
import { applyComposerChanges } from '../../../components/composer/ReportComposer';
import { getReport } from '../../../utils/db/reports';
import { t } from '../../../utils/i18n';
import { defaultSettings, loadSettings, saveSettings } from '../../../utils/settings';
import { makePostData, makeReport, storeCapture } from '../factories';
import { buttonNamed, choose, query, typeInto, waitFor } from './dom';
import { openComposer } from './pages';

async function composerWithCategory(categoryId: string) {
  const { report } = await storeCapture({
    report: { extracted: makePostData({ text: 'Les [groupe] dehors, tous.' }) },
  });
  const page = await openComposer(report.id);
  choose(query<HTMLSelectElement>(page, '#category'), categoryId);
  await waitFor(() => page.querySelector('#notice-explanation'));
  return { page, report };
}

const noticeText = (page: HTMLElement) => query(page, '.notice-text').textContent ?? '';

describe('composer: the notice', () => {
  it('waits for a category, then composes a notice from the report and the saved details', async () => {
    await saveSettings({
      ...defaultSettings,
      notifier: { name: 'Camille Martin', email: 'camille@example.org' },
    });
    const { report } = await storeCapture();
    const page = await openComposer(report.id);
    expect(query(page, '.notice').textContent).toContain(t('noticeNeedsCategory'));
    choose(query<HTMLSelectElement>(page, '#category'), 'hate-provocation');
    await waitFor(() => page.querySelector('#notice-name'));
    await waitFor(() => query<HTMLInputElement>(page, '#notice-name').value === 'Camille Martin');
    expect(noticeText(page)).toContain(report.extracted?.permalink ?? 'missing');
    expect(noticeText(page)).toContain('camille@example.org');
    expect(page.querySelector('[data-missing-notifier]')).toBeNull();
  });

  it('switches language and keeps the person’s edits per language', async () => {
    const { page } = await composerWithCategory('threats');
    query<HTMLInputElement>(page, 'input[name="notice-language"][value="en"]').click();
    await waitFor(() => noticeText(page).includes('Legal basis'));
    typeInto(query<HTMLTextAreaElement>(page, '#notice-explanation'), 'My own words.');
    await waitFor(() => noticeText(page).includes('My own words.'));
    query<HTMLInputElement>(page, 'input[name="notice-language"][value="fr"]').click();
    await waitFor(() => noticeText(page).includes('Base légale'));
    expect(noticeText(page)).not.toContain('My own words.');
    query<HTMLInputElement>(page, 'input[name="notice-language"][value="en"]').click();
    await waitFor(() => noticeText(page).includes('My own words.'));
  });

  it('warns when the notifier is unknown, and remembers the details typed', async () => {
    const { page } = await composerWithCategory('hate-provocation');
    expect(page.querySelector('[data-missing-notifier]')).not.toBeNull();
    typeInto(query<HTMLInputElement>(page, '#notice-name'), 'Alex');
    typeInto(query<HTMLInputElement>(page, '#notice-email'), 'alex@example.org');
    await waitFor(() => !page.querySelector('[data-missing-notifier]'));
    buttonNamed(page, t('noticeRememberNotifier')).click();
    await waitFor(() => page.querySelector('.notice-notifier .ok'));
    expect((await loadSettings()).notifier).toEqual({ name: 'Alex', email: 'alex@example.org' });
  });

  it('leaves the notifier out for sexual content involving minors', async () => {
    await saveSettings({ ...defaultSettings, notifier: { name: 'Camille', email: 'c@example.org' } });
    const { page } = await composerWithCategory('child-sexual-content');
    expect(page.querySelector('#notice-name')).toBeNull();
    expect(query(page, '.notice-anonymous').textContent).toBe(t('noticeAnonymous'));
    expect(noticeText(page)).not.toContain('Camille');
  });

  it('records the copy channel on the report, then the person marks it sent with a reference', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { page, report } = await composerWithCategory('terrorism');
    const copyItem = query(page, '[data-channel="copy"]');
    buttonNamed(copyItem, t('copyText')).click();
    await waitFor(() => writeText.mock.calls.length > 0);
    expect(String(writeText.mock.calls[0]?.at(0))).toContain('Code pénal');
    await waitFor(() => page.querySelector('.notice-record'));
    const stored = await getReport(report.id);
    expect(stored?.status).toBe('notice-opened');
    expect(stored?.categoryId).toBe('terrorism');
    expect(stored?.notices[0]?.channelId).toBe('copy');
    expect(stored?.notices[0]?.text).toContain('Code pénal');

    const record = await waitFor(() => page.querySelector('.notice-record'));
    typeInto(query<HTMLInputElement>(record as HTMLElement, 'input'), 'PH-2026-0042');
    buttonNamed(record as HTMLElement, t('noticeMarkSent')).click();
    await waitFor(() => page.querySelector('.notice-record[data-sent="yes"]'));
    const sent = await getReport(report.id);
    expect(sent?.status).toBe('sent');
    expect(sent?.notices[0]?.reference).toBe('PH-2026-0042');
    // Terrorism: the 1-hour reminder counts from when it was marked sent.
    const due = query(page, '.notice-follow-up').dataset.due ?? '';
    const sentAt = new Date(sent?.notices[0]?.sentAt ?? '').getTime();
    expect(new Date(due).getTime() - sentAt).toBe(3_600_000);
  });

  it('writes the email with the notice once the use is recorded', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { page, report } = await composerWithCategory('threats');
    buttonNamed(query(page, '[data-channel="copy"]'), t('emailNotice')).click();
    await waitFor(() => open.mock.calls.length > 0);
    const href = String(open.mock.calls[0]?.[0]);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('Code pénal');
    expect((await getReport(report.id))?.notices[0]?.channelId).toBe('copy');
  });

  it('keeps a sent report sent when a correction is saved later', () => {
    const sent = makeReport({
      status: 'sent',
      statusHistory: [
        { status: 'draft', at: '2026-11-20T08:00:00.000Z' },
        { status: 'sent', at: '2026-11-20T09:00:00.000Z' },
      ],
    });
    const saved = applyComposerChanges(
      sent,
      {
        edits: {},
        categoryId: 'threats',
        grounds: [],
        suggestion: null,
        notes: 'typo fixed',
        attackTarget: '',
        audience: 'public',
      },
      new Date('2026-11-21T08:00:00Z'),
    );
    expect(saved.status).toBe('sent');
    expect(saved.statusHistory.at(-1)).toEqual({ status: 'saved', at: '2026-11-21T08:00:00.000Z' });
  });
});
