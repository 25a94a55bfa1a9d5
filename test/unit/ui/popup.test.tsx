import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupPage } from '../../../components/popup/PopupPage';
import { t } from '../../../utils/i18n';
import type { ReportOutcome } from '../../../utils/messages';
import { storeCapture } from '../factories';
import { buttonNamed, mount, waitFor } from './dom';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The background's answer to the next request. The polyfill types sendMessage as Promise<void>. */
function answerWith(outcome: ReportOutcome) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(outcome as never);
}

describe('popup', () => {
  it('lists the five newest reports and opens one in the composer in a tab', async () => {
    const stored = [];
    for (let day = 10; day < 16; day++) {
      stored.push(await storeCapture({ report: { createdAt: `2026-11-${day}T08:00:00.000Z` } }));
    }
    const onOpened = vi.fn();
    const page = mount(<PopupPage onOpened={onOpened} />);
    const buttons = await waitFor(() => {
      const found = page.querySelectorAll<HTMLButtonElement>('.recent-list button');
      return found.length > 0 && [...found];
    });
    expect(buttons).toHaveLength(5);

    buttons[0]?.click();
    await waitFor(() => onOpened.mock.calls.length > 0);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(
      fakeBrowser.runtime.getURL(`/composer.html?id=${stored[5]?.report.id}`),
    );
  });

  it('asks the background to report the last right-clicked post and shows a failure', async () => {
    const send = answerWith({ ok: false, error: 'No right-click recorded on this tab.' });
    const page = mount(<PopupPage onOpened={() => {}} />);
    buttonNamed(page, t('popupReportTarget')).click();

    const alert = await waitFor(() => page.querySelector('[role="alert"]'));
    expect(send).toHaveBeenCalledWith({ type: 'report-target' });
    expect(alert.textContent).toBe(`${t('popupReportFailed')} No right-click recorded on this tab.`);
  });

  it('shows a success with the warnings the background returned', async () => {
    answerWith({
      ok: true,
      reportId: crypto.randomUUID(),
      target: 'page',
      warnings: ['Only the page could be captured.'],
    });
    const page = mount(<PopupPage onOpened={() => {}} />);
    buttonNamed(page, t('popupReportTarget')).click();

    await waitFor(() => page.querySelector('.report-outcome .ok'));
    expect(page.querySelector('.report-outcome')?.textContent).toContain('Only the page could be captured.');
  });
});
