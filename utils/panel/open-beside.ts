import type { Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { rememberPanelView } from './last-asked';
import { isPanelOpen } from './panel-api';
import { type PanelView, pagePathOf } from './panel-messages';
import { showInPanel } from './show-in-panel';

/** Where a view can go; the browser's by default, fakes in tests. */
export interface PanelRoutes {
  isPanelOpen(windowId: number): Promise<boolean>;
  showInPanel(windowId: number, view: PanelView): Promise<boolean>;
  remember(view: PanelView): Promise<void>;
  openTab(path: string, tab: Tabs.Tab): Promise<void>;
}

/**
 * Shows a view (a stored report's composer, a new pile-on collection) in Constat's panel when one
 * is open in the tab's window (Chrome's side panel, Firefox's sidebar), else in a tab next to the
 * page's. Both browsers open a panel only during a click's handler, before anything is awaited, and
 * opening it now would narrow the page after its screenshot: a panel the person opened before is
 * used, never opened here.
 */
export async function openInPanelOrTab(
  view: PanelView,
  tab: Tabs.Tab,
  routes: PanelRoutes = browserRoutes,
): Promise<'panel' | 'tab'> {
  // The panel shows this view when it opens later; losing that must not stop the page opening.
  await routes.remember(view).catch(() => undefined);
  const windowId = tab.windowId;
  if (windowId !== undefined && (await routes.isPanelOpen(windowId).catch(() => false))) {
    if (await routes.showInPanel(windowId, view)) return 'panel';
  }
  await routes.openTab(pagePathOf(view), tab);
  return 'tab';
}

/** A tab of the extension's, right after the page's. */
export async function openBeside(path: string, tab: Tabs.Tab): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/${path}`),
    index: tab.index + 1,
    openerTabId: tab.id,
  });
}

const browserRoutes: PanelRoutes = {
  isPanelOpen,
  showInPanel,
  remember: rememberPanelView,
  openTab: openBeside,
};
