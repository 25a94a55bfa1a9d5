import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastAskedReport, rememberAskedReport } from '../../../utils/panel/last-asked';
import { listenForPanelReports } from '../../../utils/panel/panel-listener';
import { showInPanel } from '../../../utils/panel/show-in-panel';

afterEach(() => {
  vi.restoreAllMocks();
});

const reportId = crypto.randomUUID();

describe('the panel’s side of the message', () => {
  it('shows a report sent to its own window and answers that it does', async () => {
    const show = vi.fn();
    const stop = listenForPanelReports(() => 5, show);
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'panel-show', windowId: 5, reportId },
      {},
      () => {},
    );
    expect(show).toHaveBeenCalledWith(reportId);
    expect(answers).toEqual([{ shown: true }]);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('stays silent for another window, before its window is known, and for malformed messages', async () => {
    const show = vi.fn();
    let windowId: number | null = null;
    listenForPanelReports(() => windowId, show);
    const send = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
    expect(await send({ type: 'panel-show', windowId: 5, reportId })).toEqual([undefined]);
    windowId = 5;
    expect(await send({ type: 'panel-show', windowId: 6, reportId })).toEqual([undefined]);
    expect(await send({ type: 'panel-show', windowId: 5, reportId: '<img onerror=alert(1)>' })).toEqual([
      undefined,
    ]);
    expect(await send({ type: 'report-target' })).toEqual([undefined]);
    expect(show).not.toHaveBeenCalled();
  });
});

describe('the background’s side of the message', () => {
  it('counts the report as shown only on the panel’s parsed answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ shown: true } as never);
    expect(await showInPanel(5, reportId)).toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'panel-show', windowId: 5, reportId });
    send.mockResolvedValueOnce(undefined as never);
    expect(await showInPanel(5, reportId)).toBe(false);
    send.mockResolvedValueOnce({ shown: 'yes' } as never);
    expect(await showInPanel(5, reportId)).toBe(false);
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await showInPanel(5, reportId)).toBe(false);
  });
});

describe('the report last asked for', () => {
  it('is kept for the session, and anything else stored there reads as none', async () => {
    expect(await lastAskedReport()).toBeNull();
    await rememberAskedReport(reportId);
    expect(await lastAskedReport()).toBe(reportId);
    await fakeBrowser.storage.session.set({ panelReportId: 'javascript:alert(1)' });
    expect(await lastAskedReport()).toBeNull();
  });
});
