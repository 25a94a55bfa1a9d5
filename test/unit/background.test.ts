import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { reportClickedTarget } from '../../utils/capture/report-target';
import { reminderName } from '../../utils/follow-up/reminders';
import { withNoticeOpened, withNoticeSent } from '../../utils/notice/notice-log';
import { makeNoticeRecord, makeReport, storeCapture } from './factories';

vi.mock('../../utils/capture/report-target', () => ({
  reportClickedTarget: vi.fn(async () => ({ ok: true, reportId: 'r1', target: 'post', warnings: [] })),
}));

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
  Object.assign(fakeBrowser, {
    [name]: menus,
    scripting: { executeScript: vi.fn(async () => []) },
    commands: { onCommand: { addListener: (listener: CommandListener) => commandListeners.push(listener) } },
  });
  return created;
}

type CommandListener = (command: string, tab?: { id: number; windowId: number }) => Promise<void>;
/** The fake browser has no `commands` either: the background's shortcut listeners, to call. */
const commandListeners: CommandListener[] = [];

/** The browser's `i18n.getMessage`, reading the extension's locale for `language`. */
function useLocale(language: 'en' | 'fr') {
  const messages = JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => messages[key]?.message ?? '' });
}

describe('background', () => {
  it('creates the report menu item on install, for web pages and the right contexts', async () => {
    useLocale('en');
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

  it('names the menu item from the extension’s locale: French for a French browser', async () => {
    useLocale('fr');
    const created = stubContextMenus();
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(created).toHaveLength(4));
    expect(created[0]).toMatchObject({ title: 'Signaler cette publication…' });
    expect(created[1]).toMatchObject({ title: 'Marquer comme exemple d’entraînement…' });
    expect(created[2]).toMatchObject({ title: 'Documenter les réponses de cette page…' });
  });

  it('uses Firefox’s `menus`, the one API that names the right-clicked element, where it exists', async () => {
    useLocale('en');
    const created = stubContextMenus('menus');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(4));
    expect(created[0]).toMatchObject({ id: 'constat-report' });
    Reflect.deleteProperty(fakeBrowser, 'menus');
  });

  it('opens the first-run page once after install, never after an update', async () => {
    useLocale('en');
    stubContextMenus();
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const welcome = fakeBrowser.runtime.getURL('/welcome.html');
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(welcome),
    );
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((tab) => tab.url === welcome)).toHaveLength(1);
  });

  it('reports what has focus or is under the pointer when the shortcut is pressed, and nothing else', async () => {
    useLocale('en');
    stubContextMenus();
    commandListeners.length = 0;
    background.main();
    const tab = { id: 4, windowId: 1 };
    await Promise.all(commandListeners.map((listener) => listener('_execute_action', tab)));
    expect(reportClickedTarget).not.toHaveBeenCalled();
    await Promise.all(commandListeners.map((listener) => listener('report-post', tab)));
    expect(reportClickedTarget).toHaveBeenCalledExactlyOnceWith({ via: 'shortcut' }, tab);
  });

  it('shows follow-ups that fell due while the browser was closed at startup, and a click opens the report', async () => {
    useLocale('en');
    stubContextMenus();
    const record = makeNoticeRecord({ openedAt: '2026-11-20T09:00:00.000Z' });
    const opened = withNoticeOpened(makeReport({ categoryId: 'hate-provocation' }), record);
    await storeCapture({ report: withNoticeSent(opened, record.id, '', new Date('2026-11-20T10:00:00Z')) });
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    const name = reminderName({ reportId: opened.id, noticeId: record.id });
    await vi.waitFor(() =>
      expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([name]),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await fakeBrowser.notifications.onClicked.trigger(name);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
        fakeBrowser.runtime.getURL(`/log.html#${opened.id}`),
      ),
    );
  });
});
