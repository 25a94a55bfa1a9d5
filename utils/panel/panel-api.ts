import type { Browser } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';

// Firefox has `sidebarAction`, Chrome `sidePanel`; each browser has only its own.
const sidebarAction = () => (browser as Partial<Browser>).sidebarAction;
const chromeApi = () =>
  (globalThis as { chrome?: Partial<Pick<typeof chrome, 'sidePanel' | 'runtime'>> }).chrome;

/** Whether this browser can show Constat beside the page. */
export function hasPanel(): boolean {
  return sidebarAction() !== undefined || chromeApi()?.sidePanel !== undefined;
}

/**
 * Opens Constat's panel in a window. Both browsers open it only while a click's handler runs, before
 * anything is awaited: call this first thing in the handler.
 */
export function openPanel(windowId: number): Promise<void> {
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  const sidePanel = chromeApi()?.sidePanel;
  if (sidePanel) return sidePanel.open({ windowId });
  return Promise.reject(new CatalogueError(t('panelUnavailable')));
}

/** Whether Constat's panel is open in that window. */
export async function isPanelOpen(windowId: number): Promise<boolean> {
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.isOpen({ windowId });
  const runtime = chromeApi()?.runtime;
  if (!runtime?.getContexts) return false;
  const contexts = await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
  // A panel whose window Chrome does not say (-1) may be this window's: its answer to the message decides.
  return contexts.some((context) => context.windowId === windowId || context.windowId === -1);
}
