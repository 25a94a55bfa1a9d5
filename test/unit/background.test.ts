import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

/** The fake browser has no context menus: a recording stand-in, under Chrome's name or Firefox's. */
function stubContextMenus(name: 'contextMenus' | 'menus' = 'contextMenus') {
  const created: unknown[] = [];
  const menus = {
    removeAll: vi.fn(async () => {
      created.length = 0;
    }),
    create: vi.fn((item: unknown) => {
      created.push(item);
    }),
    update: vi.fn(async (id: string, change: object) => {
      Object.assign((created as { id: string }[]).find((item) => item.id === id) ?? {}, change);
    }),
    onClicked: { addListener: vi.fn() },
  };
  Object.assign(fakeBrowser, { [name]: menus, scripting: { executeScript: vi.fn(async () => []) } });
  return created;
}

describe('background', () => {
  it('creates the report menu item on install, for web pages and the right contexts', async () => {
    const created = stubContextMenus();
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(4));
    expect(created[0]).toEqual({
      id: 'constat-report',
      title: 'Report this post…',
      contexts: ['page', 'selection', 'link', 'image', 'video'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    // Training mode's item sits beside it, on the same pages.
    expect(created[1]).toEqual({
      id: 'constat-tag-training',
      title: 'Tag as a training example…',
      contexts: ['page', 'selection', 'link', 'image', 'video'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    // Pile-on mode: documenting a thread's replies on the platforms that list them; adding to the
    // open collection hidden while none is open.
    expect(created[2]).toMatchObject({
      id: 'constat-pileon-document',
      title: 'Document the replies on this page…',
    });
    expect((created[2] as { documentUrlPatterns: string[] }).documentUrlPatterns).toContain('*://x.com/*');
    await vi.waitFor(() =>
      expect(created[3]).toMatchObject({
        id: 'constat-pileon-add',
        title: 'Add to the open collection',
        visible: false,
      }),
    );
  });

  it('names the menu item in French for a French browser', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    const created = stubContextMenus();
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(created).toHaveLength(4));
    expect(created[0]).toMatchObject({ title: 'Signaler cette publication…' });
    expect(created[1]).toMatchObject({ title: 'Marquer comme exemple d’entraînement…' });
    expect(created[2]).toMatchObject({ title: 'Documenter les réponses de cette page…' });
    vi.restoreAllMocks();
  });

  it('uses Firefox’s `menus`, the one API that names the right-clicked element, where it exists', async () => {
    const created = stubContextMenus('menus');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(4));
    expect(created[0]).toMatchObject({ id: 'constat-report' });
    Reflect.deleteProperty(fakeBrowser, 'menus');
  });
});
