import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { t } from '../../../utils/i18n';
import type { PanelRoutes } from '../../../utils/panel/open-beside';
import { listRepliesInTab } from '../../../utils/pileon/in-tab';
import type { Listing } from '../../../utils/pileon/listing';
import { openCollectionForTab } from '../../../utils/pileon/open-collection';
import { getCollection } from '../../../utils/pileon/store';

// "Document the replies on this page…" goes where a report goes: to Constat's panel when one is open
// in the thread's window, else to a tab beside the thread. The page's lister is replaced by its answer.

vi.mock('../../../utils/pileon/in-tab', () => ({ listRepliesInTab: vi.fn() }));

const tab = {
  id: 7,
  index: 2,
  windowId: 3,
  active: true,
  highlighted: true,
  pinned: false,
  incognito: false,
};
const listing: Listing = {
  pageUrl: 'https://x.com/someone/status/1',
  pageTitle: 'A thread',
  supported: true,
  target: null,
  replies: [],
};

function fakeRoutes({ panelWindow = null as number | null, answers = true } = {}) {
  return {
    isPanelOpen: vi.fn(async (windowId: number) => windowId === panelWindow),
    showInPanel: vi.fn(async () => answers),
    remember: vi.fn(async () => undefined),
    openTab: vi.fn(async () => undefined),
  } satisfies PanelRoutes;
}

async function opened(routes: PanelRoutes): Promise<string> {
  const outcome = await openCollectionForTab(tab as Tabs.Tab, { routes });
  if (!outcome.ok) throw new Error(outcome.error);
  expect(await getCollection(outcome.collectionId)).toMatchObject({ open: true });
  return outcome.collectionId;
}

beforeEach(() => {
  vi.mocked(listRepliesInTab).mockResolvedValue(listing);
});

describe('where a new pile-on collection opens', () => {
  it('goes to the panel open in the thread’s window, with the thread’s tab, and opens no tab', async () => {
    const routes = fakeRoutes({ panelWindow: 3 });
    const collectionId = await opened(routes);
    const view = { kind: 'collection', collectionId, tabId: 7 };
    expect(routes.showInPanel).toHaveBeenCalledWith(3, view);
    expect(routes.remember).toHaveBeenCalledWith(view);
    expect(routes.openTab).not.toHaveBeenCalled();
  });

  it('opens its page in a tab beside the thread when no panel is open there', async () => {
    const routes = fakeRoutes({ panelWindow: 4 });
    const collectionId = await opened(routes);
    expect(routes.showInPanel).not.toHaveBeenCalled();
    expect(routes.openTab).toHaveBeenCalledWith(`pileon.html?id=${collectionId}&tab=7`, tab);
  });

  it('opens a tab when the panel does not answer', async () => {
    const routes = fakeRoutes({ panelWindow: 3, answers: false });
    await opened(routes);
    expect(routes.openTab).toHaveBeenCalledOnce();
  });

  it('says in the interface’s words when the page’s replies cannot be listed, and opens nothing', async () => {
    vi.mocked(listRepliesInTab).mockResolvedValue({ ...listing, supported: false });
    const routes = fakeRoutes({ panelWindow: 3 });
    expect(await openCollectionForTab(tab as Tabs.Tab, { routes })).toEqual({
      ok: false,
      error: t('pileonPageNotSupported'),
    });
    expect(routes.remember).not.toHaveBeenCalled();
    expect(routes.openTab).not.toHaveBeenCalled();
  });
});
