import type { Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { rememberAskedReport } from '../panel/last-asked';
import { isPanelOpen } from '../panel/panel-api';
import { showInPanel } from '../panel/show-in-panel';

/** Where a stored report's composer can go; the browser's by default, fakes in tests. */
export interface ComposerRoutes {
  isPanelOpen(windowId: number): Promise<boolean>;
  showInPanel(windowId: number, reportId: string): Promise<boolean>;
  remember(reportId: string): Promise<void>;
  openTab(path: string, tab: Tabs.Tab): Promise<void>;
}

/**
 * Opens the composer for a stored report: in Constat's panel when one is open in the tab's window
 * (Chrome's side panel, Firefox's sidebar), else in a tab next to the post's. Both browsers open a
 * panel only during a click's handler, and opening it now would narrow the page after its
 * screenshot: a panel the person opened before is used, never opened here.
 */
export async function openComposer(
  reportId: string,
  tab: Tabs.Tab,
  routes: ComposerRoutes = browserRoutes,
): Promise<'panel' | 'tab'> {
  // The panel shows this report when it opens later; losing that must not stop the composer.
  await routes.remember(reportId).catch(() => undefined);
  const windowId = tab.windowId;
  if (windowId !== undefined && (await routes.isPanelOpen(windowId).catch(() => false))) {
    if (await routes.showInPanel(windowId, reportId)) return 'panel';
  }
  await routes.openTab(`composer.html?id=${encodeURIComponent(reportId)}`, tab);
  return 'tab';
}

/** Opens the page that offers a capture whose save failed for download, and a retry. */
export async function openUnsavedPage(reportId: string, tab: Tabs.Tab): Promise<void> {
  await openBeside(`unsaved.html?id=${encodeURIComponent(reportId)}`, tab);
}

async function openBeside(path: string, tab: Tabs.Tab): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/${path}`),
    index: tab.index + 1,
    openerTabId: tab.id,
  });
}

const browserRoutes: ComposerRoutes = {
  isPanelOpen,
  showInPanel,
  remember: rememberAskedReport,
  openTab: openBeside,
};
