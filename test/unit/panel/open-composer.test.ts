import { describe, expect, it, vi } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { openComposer } from '../../../utils/capture/open-composer';
import type { PanelRoutes } from '../../../utils/panel/open-beside';

const reportId = crypto.randomUUID();
const tab = {
  id: 7,
  index: 2,
  windowId: 3,
  active: true,
  highlighted: true,
  pinned: false,
  incognito: false,
} as Tabs.Tab;

/** Routes that record what they were asked: a panel open in window `panelWindow` that answers `answers`. */
function fakeRoutes({ panelWindow = null as number | null, answers = true } = {}) {
  const routes = {
    isPanelOpen: vi.fn(async (windowId: number) => windowId === panelWindow),
    showInPanel: vi.fn(async () => answers),
    remember: vi.fn(async () => undefined),
    openTab: vi.fn(async () => undefined),
  } satisfies PanelRoutes;
  return routes;
}

describe('where a stored report opens', () => {
  it('goes to the panel open in the tab’s window, and opens no tab', async () => {
    const routes = fakeRoutes({ panelWindow: 3 });
    expect(await openComposer(reportId, tab, routes)).toBe('panel');
    expect(routes.isPanelOpen).toHaveBeenCalledWith(3);
    expect(routes.showInPanel).toHaveBeenCalledWith(3, { kind: 'report', reportId });
    expect(routes.openTab).not.toHaveBeenCalled();
  });

  it('opens a tab next to the post’s when no panel is open in that window', async () => {
    const routes = fakeRoutes({ panelWindow: 4 });
    expect(await openComposer(reportId, tab, routes)).toBe('tab');
    expect(routes.showInPanel).not.toHaveBeenCalled();
    expect(routes.openTab).toHaveBeenCalledWith(`composer.html?id=${reportId}`, tab);
  });

  it('opens a tab when the panel closed before it could answer', async () => {
    const routes = fakeRoutes({ panelWindow: 3, answers: false });
    expect(await openComposer(reportId, tab, routes)).toBe('tab');
    expect(routes.openTab).toHaveBeenCalledOnce();
  });

  it('opens a tab when the browser cannot say whether a panel is open', async () => {
    const routes = fakeRoutes();
    routes.isPanelOpen.mockRejectedValue(new Error('getContexts is not a function'));
    expect(await openComposer(reportId, tab, routes)).toBe('tab');
  });

  it('remembers the report for a panel opened later, and still opens the composer if that fails', async () => {
    const routes = fakeRoutes();
    routes.remember.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await openComposer(reportId, tab, routes)).toBe('tab');
    expect(routes.remember).toHaveBeenCalledWith({ kind: 'report', reportId });
  });

  it('opens a tab for a tab without a window (nothing to ask)', async () => {
    const routes = fakeRoutes({ panelWindow: 3 });
    expect(await openComposer(reportId, { ...tab, windowId: undefined }, routes)).toBe('tab');
    expect(routes.isPanelOpen).not.toHaveBeenCalled();
  });
});
