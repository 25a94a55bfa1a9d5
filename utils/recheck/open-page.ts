import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';

// Opens a post's address for a recheck, out of the person's way. A window of its own, not focused,
// shows the post without taking the person's tab, and its tab is the active one there, which is
// what a screenshot photographs. A browser without windows (Firefox for Android) gets a background
// tab, and no screenshot: the capture would photograph whatever the person is looking at.

export interface OpenedPage {
  tabId: number;
  /** The window opened for the recheck; null for a background tab (no screenshot then). */
  windowId: number | null;
}

const LOAD_TIMEOUT_MS = 45_000;
const POLL_MS = 250;

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openForRecheck(url: string): Promise<OpenedPage> {
  if (browser.windows?.create) {
    const window = await browser.windows.create({ url, focused: false, type: 'normal' });
    const tabId = window.tabs?.[0]?.id;
    if (tabId !== undefined && window.id !== undefined) return { tabId, windowId: window.id };
    if (window.id !== undefined) await browser.windows.remove(window.id);
  }
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new CatalogueError(t('recheckErrorNoTab'));
  return { tabId: tab.id, windowId: null };
}

/**
 * Waits until the tab finished loading the address (or the time is up: the reader then says what it
 * sees). A new window's tab first shows about:blank, already "complete": that does not count.
 */
export async function waitForLoad(tabId: number, wait: Sleep = sleep): Promise<void> {
  for (let waited = 0; waited < LOAD_TIMEOUT_MS; waited += POLL_MS) {
    const tab = await browser.tabs.get(tabId);
    const pending = (tab as { pendingUrl?: string }).pendingUrl;
    if (tab.status === 'complete' && !pending && tab.url !== 'about:blank') return;
    await wait(POLL_MS);
  }
}

/** Closes what the recheck opened; a page already closed (by the person) is no error. */
export async function closeOpened(page: OpenedPage): Promise<void> {
  try {
    if (page.windowId !== null) await browser.windows.remove(page.windowId);
    else await browser.tabs.remove(page.tabId);
  } catch {
    // Already closed.
  }
}
