import type { Tabs } from 'webextension-polyfill';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
import { openInPanelOrTab, type PanelRoutes } from '../panel/open-beside';
import type { Collection, CollectionTarget } from './collection';
import { listRepliesInTab } from './in-tab';
import type { Listing } from './listing';
import { createCollection } from './store';

// "Document the replies on this page…": a new collection for the post attacked, shown beside the
// thread where the browser allows, so the person can scroll and tick while the list grows.

export type OpenOutcome = { ok: true; collectionId: string } | { ok: false; error: string };

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

/**
 * A new collection for the post of the tab's thread, shown in Constat's panel when one is open in
 * that window, else in a tab next to the thread's (utils/panel/open-beside.ts: the menu click's
 * gesture is spent by the time the collection is stored, so no panel is opened here).
 */
export async function openCollectionForTab(
  tab: Tabs.Tab,
  options: { openPage?: boolean; routes?: PanelRoutes } = {},
): Promise<OpenOutcome> {
  if (tab.id === undefined) return { ok: false, error: t('errorTabNotReadable') };
  try {
    const listing = await listRepliesInTab(tab.id);
    if (!listing.supported) return { ok: false, error: t('pileonPageNotSupported') };
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
    if (options.openPage !== false) {
      const view = { kind: 'collection', collectionId: collection.id, tabId: tab.id } as const;
      await openInPanelOrTab(view, tab, options.routes);
    }
    return { ok: true, collectionId: collection.id };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
