import { browser } from 'wxt/browser';
import { menus } from '../menus';
import { menuDocumentPatterns } from '../platforms';
import { pileonMatchPatterns } from './replies';
import { openCollection } from './store';

// The two menu items of pile-on mode: open a collection on a thread, and add a post right-clicked
// elsewhere to the collection that is open (shown only while one is).

export const DOCUMENT_REPLIES_MENU_ID = 'constat-pileon-document';
export const ADD_TO_COLLECTION_MENU_ID = 'constat-pileon-add';

const contexts = ['page', 'selection', 'link', 'image', 'video'] as const;

/** Creates both items; call after `menus().removeAll()`. */
export async function createPileonMenu(): Promise<void> {
  await menus().create({
    id: DOCUMENT_REPLIES_MENU_ID,
    title: browser.i18n.getMessage('menuDocumentReplies'),
    contexts: [...contexts],
    documentUrlPatterns: pileonMatchPatterns,
  });
  await menus().create({
    id: ADD_TO_COLLECTION_MENU_ID,
    title: browser.i18n.getMessage('menuAddToCollection'),
    contexts: [...contexts],
    documentUrlPatterns: menuDocumentPatterns,
    visible: false,
  });
  await refreshPileonMenu();
}

/** Shows "Add to the open collection" exactly while a collection is open. */
export async function refreshPileonMenu(): Promise<void> {
  const open = await openCollection().catch(() => null);
  await menus()
    .update(ADD_TO_COLLECTION_MENU_ID, { visible: open !== null })
    .catch(() => undefined);
}
