import type { Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Collection, CollectionTarget } from './collection';
import { listRepliesInTab } from './in-tab';
import type { Listing } from './listing';
import { createCollection } from './store';

// "Document the replies on this page…": a new collection for the post attacked, opened beside the
// thread so the person can scroll and tick while the list grows.

export type OpenOutcome = { ok: true; collectionId: string } | { ok: false; error: string };

interface SidePanelApi {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}

function targetOf(listing: Listing): CollectionTarget {
  const data = listing.target?.data;
  return {
    platform: data?.platform ?? 'generic',
    pageUrl: listing.pageUrl,
    permalink: data?.permalink ?? null,
    authorHandle: data?.author.handle ?? null,
    authorName: data?.author.name ?? null,
    publishedAt: data?.publishedAt ?? null,
    text: data?.text ?? '',
  };
}

export function collectionPagePath(collectionId: string, tabId: number): string {
  return `pileon.html?id=${encodeURIComponent(collectionId)}&tab=${tabId}`;
}

/** Chrome's side panel beside the thread (the menu click is the gesture it needs), else a tab. */
async function openPage(path: string, tab: Tabs.Tab): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (sidePanel && tab.id !== undefined) {
    try {
      await sidePanel.setOptions({ tabId: tab.id, path, enabled: true });
      await sidePanel.open({ tabId: tab.id });
      return;
    } catch {
      // No gesture left (the popup, a test): a tab next to the thread.
    }
  }
  await browser.tabs.create({
    url: browser.runtime.getURL(`/${path}`),
    index: tab.index + 1,
    openerTabId: tab.id,
  });
}

export async function openCollectionForTab(
  tab: Tabs.Tab,
  options: { openPage?: boolean } = {},
): Promise<OpenOutcome> {
  if (tab.id === undefined) return { ok: false, error: t('errorTabNotReadable') };
  try {
    const listing = await listRepliesInTab(tab.id);
    if (!listing.supported) return { ok: false, error: 'Constat cannot list the replies of this page.' };
    const at = new Date().toISOString();
    const collection: Collection = {
      schemaVersion: 1,
      id: crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
      open: true,
      target: targetOf(listing),
      items: [],
    };
    await createCollection(collection);
    if (options.openPage !== false) await openPage(collectionPagePath(collection.id, tab.id), tab);
    return { ok: true, collectionId: collection.id };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
