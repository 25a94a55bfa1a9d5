import type { Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

interface SidePanelApi {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}

/**
 * Opens the composer for a stored report: in Chrome's side panel beside the page, else in a tab
 * next to it. Chrome only opens the side panel in answer to a user gesture; when the gesture has
 * expired (or the browser has no side panel), the tab is the fallback.
 */
export async function openComposer(reportId: string, tab: Tabs.Tab): Promise<'side-panel' | 'tab'> {
  const path = `composer.html?id=${encodeURIComponent(reportId)}`;
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (sidePanel && tab.id !== undefined) {
    try {
      await sidePanel.setOptions({ tabId: tab.id, path, enabled: true });
      await sidePanel.open({ tabId: tab.id });
      return 'side-panel';
    } catch {
      // No gesture left: fall through to a tab.
    }
  }
  await openBeside(path, tab);
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
