import type { Page } from 'playwright-core';
import type { ConstatBrowser } from './constat-browser';

// Pile-on mode started in Chromium as the menu item starts it: the thread's tab granted `activeTab`,
// the background asked to open a collection for it, then the collection's page found in its tab.

export interface OpenedPileon {
  tabId: number;
  collectionId: string;
}

/** "Document the replies…" on the thread's tab; fails with the background's reason if it refused. */
export async function openPileon(browser: ConstatBrowser, thread: Page): Promise<OpenedPileon> {
  await browser.grantActiveTab(thread);
  const tabId = await browser.tabIdOf(thread);
  const control = await browser.control();
  const opened = (await control.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'pileon-open', tabId: id }),
    tabId,
  )) as { ok: true; collectionId: string } | { ok: false; error: string };
  if (!opened.ok) throw new Error(`No collection opened: ${opened.error}`);
  return { tabId, collectionId: opened.collectionId };
}

/** The collection's page, in the tab opened beside the thread when no panel is open, once it is there. */
export async function pileonPage(
  browser: ConstatBrowser,
  { tabId, collectionId }: OpenedPileon,
): Promise<Page> {
  const path = `pileon.html?id=${collectionId}&tab=${tabId}`;
  // A watchdog, not a speed target: a loaded machine takes seconds to open a tab.
  for (const deadline = Date.now() + 30_000; ; ) {
    const page = browser.context.pages().find((p) => p.url().includes(path));
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`No tab shows ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
