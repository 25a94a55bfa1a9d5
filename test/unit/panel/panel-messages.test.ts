import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastPanelView, rememberPanelView } from '../../../utils/panel/last-asked';
import { listenForPanelViews } from '../../../utils/panel/panel-listener';
import { showInPanel } from '../../../utils/panel/show-in-panel';

afterEach(() => {
  vi.restoreAllMocks();
});

const reportId = crypto.randomUUID();
const view = { kind: 'report', reportId } as const;

describe('the panel’s side of the message', () => {
  it('shows a report sent to its own window and answers that it does', async () => {
    const show = vi.fn();
    const stop = listenForPanelViews(() => 5, show);
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'panel-show', windowId: 5, view },
      {},
      () => {},
    );
    expect(show).toHaveBeenCalledWith(view);
    expect(answers).toEqual([{ shown: true }]);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('stays silent for another window, before its window is known, and for malformed messages', async () => {
    const show = vi.fn();
    let windowId: number | null = null;
    listenForPanelViews(() => windowId, show);
    const send = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
    expect(await send({ type: 'panel-show', windowId: 5, view })).toEqual([undefined]);
    windowId = 5;
    expect(await send({ type: 'panel-show', windowId: 6, view })).toEqual([undefined]);
    expect(
      await send({
        type: 'panel-show',
        windowId: 5,
        view: { kind: 'report', reportId: '<img onerror=alert(1)>' },
      }),
    ).toEqual([undefined]);
    expect(await send({ type: 'report-target' })).toEqual([undefined]);
    expect(show).not.toHaveBeenCalled();
  });
});

describe('the background’s side of the message', () => {
  it('counts the report as shown only on the panel’s parsed answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ shown: true } as never);
    expect(await showInPanel(5, view)).toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'panel-show', windowId: 5, view });
    send.mockResolvedValueOnce(undefined as never);
    expect(await showInPanel(5, view)).toBe(false);
    send.mockResolvedValueOnce({ shown: 'yes' } as never);
    expect(await showInPanel(5, view)).toBe(false);
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await showInPanel(5, view)).toBe(false);
  });
});

describe('the view last asked for', () => {
  it('is kept for the session, and anything else stored there reads as none', async () => {
    expect(await lastPanelView()).toBeNull();
    await rememberPanelView(view);
    expect(await lastPanelView()).toEqual(view);
    const collection = { kind: 'collection', collectionId: crypto.randomUUID(), tabId: 12 } as const;
    await rememberPanelView(collection);
    expect(await lastPanelView()).toEqual(collection);
    await fakeBrowser.storage.session.set({ panelReportId: 'javascript:alert(1)' });
    expect(await lastPanelView()).toBeNull();
    await fakeBrowser.storage.session.set({
      panelReportId: { kind: 'collection', collectionId: 'x', tabId: -1 },
    });
    expect(await lastPanelView()).toBeNull();
  });

  it('reads a report id kept by the previous version as that report', async () => {
    await fakeBrowser.storage.session.set({ panelReportId: reportId });
    expect(await lastPanelView()).toEqual(view);
  });
});

describe('a pile-on collection sent to the panel', () => {
  it('is shown by the panel of its window, with the thread’s tab', async () => {
    const show = vi.fn();
    listenForPanelViews(() => 5, show);
    const collection = { kind: 'collection', collectionId: crypto.randomUUID(), tabId: 12 } as const;
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'panel-show', windowId: 5, view: collection },
      {},
      () => {},
    );
    expect(answers).toEqual([{ shown: true }]);
    expect(show).toHaveBeenCalledWith(collection);
  });
});
