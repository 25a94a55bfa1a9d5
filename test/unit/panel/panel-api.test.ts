import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../utils/i18n';
import { CatalogueError } from '../../../utils/i18n/catalogue-error';
import { hasPanel, isPanelOpen, openPanel } from '../../../utils/panel/panel-api';

// In the unit tests `browser` and `chrome` are both the fake browser: each test gives it one
// browser's API (Firefox's `sidebarAction`, or Chrome's `sidePanel` and `runtime.getContexts`).
const fake = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };
const chromeSidePanel = fake.sidePanel;

afterEach(() => {
  delete fake.sidebarAction;
  delete fake.runtime.getContexts;
  fake.sidePanel = chromeSidePanel;
  vi.restoreAllMocks();
});

describe('Firefox’s sidebar', () => {
  it('opens in the click’s handler itself, nothing awaited before the call', () => {
    const open = vi.fn(async () => undefined);
    fake.sidebarAction = { open, isOpen: vi.fn() };
    void openPanel(3);
    expect(open).toHaveBeenCalledOnce();
  });

  it('is asked whether it is open in that window', async () => {
    const isOpen = vi.fn(async ({ windowId }: { windowId: number }) => windowId === 3);
    fake.sidebarAction = { open: vi.fn(), isOpen };
    expect(await isPanelOpen(3)).toBe(true);
    expect(await isPanelOpen(4)).toBe(false);
    expect(isOpen).toHaveBeenCalledWith({ windowId: 3 });
  });
});

describe('Chrome’s side panel', () => {
  it('opens in the window given, synchronously in the handler', () => {
    const open = vi.fn(async () => undefined);
    fake.sidePanel = { open };
    void openPanel(3);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('is open in a window when Chrome lists a side panel context there', async () => {
    const getContexts = vi.fn(async () => [{ contextType: 'SIDE_PANEL', windowId: 3 }]);
    fake.runtime.getContexts = getContexts;
    expect(await isPanelOpen(3)).toBe(true);
    expect(await isPanelOpen(4)).toBe(false);
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['SIDE_PANEL'] });
  });

  it('counts as closed where Chrome cannot list contexts (before Chrome 116)', async () => {
    expect(await isPanelOpen(3)).toBe(false);
  });
});

describe('a browser with neither', () => {
  it('offers no panel, and says so if asked to open one', async () => {
    delete fake.sidePanel;
    expect(hasPanel()).toBe(false);
    await expect(openPanel(3)).rejects.toThrow(t('panelUnavailable'));
    await expect(openPanel(3)).rejects.toBeInstanceOf(CatalogueError);
  });
});
