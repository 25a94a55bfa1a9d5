import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ReportOutcome } from '../../utils/messages';
import type { MenuContext, Report } from '../../utils/model';
import { readFromDb, type StoredEvidence } from './constat-browser';
import { PageServer } from './page-server';
import { rightClick } from './right-click';
import { VirtualDisplay } from './virtual-display';

const outDir = process.env.CONSTAT_OUT_DIR || '.output';
/** The Firefox build made for the tests by `npm run build:e2e` (the shipped one plus `<all_urls>`). */
export const firefoxE2eDir = resolve(outDir, 'e2e', 'firefox-mv3');
/** The shipped Firefox build, for the tests that click Firefox's own menu (which grants `activeTab`). */
export const firefoxShippedDir = resolve(outDir, 'firefox-mv3');
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const geckoId = 'constat@constat-extension.org';
// Fixed by pref, so the extension's pages have a known address.
const addonUuid = '6f1c2a4e-9b3d-4c8e-a7f0-5d2e1b9c3a77';

/**
 * Firefox ESR with Constat installed as a temporary add-on, driven over WebDriver BiDi, and a server
 * answering saved pages at their real addresses: every host resolves to loopback and port 443 goes
 * to the server. Headless, with the e2e build, reports run through the same handler as the menu
 * item, reached by the message an extension page sends. On a virtual display, with the shipped
 * build, the person's own path is taken: Firefox's context menu, clicked for real.
 */
export class FirefoxConstat {
  private controlPage: Page | null = null;

  private constructor(
    readonly browser: Browser,
    readonly server: PageServer,
    readonly downloadDir: string,
    private readonly display: VirtualDisplay | null,
  ) {}

  static async launch(
    options: {
      realMenu?: boolean;
      /**
       * `window`: pages take the window's size, so a sidebar beside them narrows them; by default
       * puppeteer fixes each page's viewport (800×600), whatever the window does.
       */
      viewport?: 'fixed' | 'window';
    } = {},
  ): Promise<FirefoxConstat> {
    const extensionDir = options.realMenu ? firefoxShippedDir : firefoxE2eDir;
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
      host_permissions?: string[];
    };
    if (!options.realMenu && !manifest.host_permissions?.includes('<all_urls>'))
      throw new Error(`${firefoxE2eDir} is not the e2e build: run \`npm run build:e2e\``);
    const display = options.realMenu ? await VirtualDisplay.start() : null;
    const server = new PageServer();
    const port = await server.start();
    const downloadDir = mkdtempSync(join(tmpdir(), 'constat-firefox-downloads-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: !display,
      ...(display ? { env: { ...process.env, DISPLAY: display.name } } : {}),
      acceptInsecureCerts: true,
      ...(options.viewport === 'window' ? { defaultViewport: null } : {}),
      // Extension pages are reachable by navigation only with system access; BiDi cannot set the
      // window's size in Firefox, its arguments can.
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: addonUuid }),
        'network.dns.forceResolve': '127.0.0.1',
        'network.socket.forcePort': `443=${port}`,
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
    await browser.installExtension(extensionDir);
    return new FirefoxConstat(browser, server, downloadDir, display);
  }

  async close(): Promise<void> {
    await this.browser.close();
    this.display?.stop();
    await this.server.stop();
    rmSync(this.downloadDir, { recursive: true, force: true });
  }

  extensionUrl(path: string): string {
    return `moz-extension://${addonUuid}/${path}`;
  }

  /**
   * Opens an extension page in a new tab. BiDi's navigation to a `moz-extension:` address never
   * reports its end, though the page loads: it is started, then the page is waited for.
   */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    const url = this.extensionUrl(path);
    void page.goto(url).catch(() => undefined);
    // An evaluation that meets the navigation half-way fails in Firefox's BiDi ("right-hand side of
    // 'in' should be an object"): asked again until the page is there (a watchdog, not a speed target).
    for (const deadline = Date.now() + 30_000; ; ) {
      try {
        await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
        return page;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** An extension page kept open to send requests and read the database as the UI does. */
  async control(): Promise<Page> {
    if (!this.controlPage || this.controlPage.isClosed())
      this.controlPage = await this.openExtensionPage('log.html');
    return this.controlPage;
  }

  /** Serves `html` at `url` and opens it in a new tab. */
  async openPage(url: string, html: string): Promise<Page> {
    this.server.set(url, html);
    const page = await this.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /**
   * The page of the open tab whose address starts with `prefix`, once there is one. Puppeteer keeps
   * `about:blank` as the address of a `moz-extension:` page: the page itself is asked.
   */
  async pageAt(prefix: string): Promise<Page> {
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      for (const page of (await this.browser.pages()).reverse()) {
        const url = page.url().startsWith('about:')
          ? await page.evaluate(() => location.href).catch(() => '')
          : page.url();
        if (url.startsWith(prefix)) return page;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No tab shows ${prefix}`);
  }

  /** The tabs as the extension sees them: address, position, and the tab that opened each. */
  async tabs(): Promise<{ id?: number; url: string; index: number; openerTabId?: number }[]> {
    const control = await this.control();
    return control.evaluate(async () =>
      (await browser.tabs.query({})).map(({ id, url, index, openerTabId }) => ({
        id,
        url: url ?? '',
        index,
        openerTabId,
      })),
    );
  }

  /** Right-clicks `selector` in `page` with a real mouse event (see `rightClick`). */
  rightClick(page: Page, selector: string): Promise<MenuContext> {
    return rightClick(
      {
        evaluate: (pageFunction, arg) => page.evaluate(pageFunction as never, arg as never),
        mouse: page.mouse,
        keyboard: page.keyboard,
      },
      selector,
    );
  }

  /**
   * Right-clicks `selector` on the virtual display and chooses Constat's item, the menu's last, with
   * the keyboard (under Xvfb without a window manager the menu closes when the pointer moves to it).
   * The menu is known to be open when the extension hears `menus.onShown`.
   */
  async reportFromMenu(page: Page, selector: string): Promise<void> {
    const { display } = this;
    if (!display) throw new Error('The real menu needs FirefoxConstat.launch({ realMenu: true })');
    const control = await this.control();
    const shownBefore = await control.evaluate(listenForMenus);
    await page.bringToFront();
    const point = await page.evaluate((sel) => {
      const target = document.querySelector(sel);
      if (!target) return null;
      target.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = target.getBoundingClientRect();
      // Firefox gives the screen position of the page's top-left corner, under the browser's bars.
      const screen = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      return {
        x: Math.round(screen.mozInnerScreenX + box.left + Math.min(box.width / 2, 40)),
        y: Math.round(screen.mozInnerScreenY + box.top + box.height / 2),
      };
    }, selector);
    if (!point) throw new Error(`Nothing matches ${selector}`);
    display.xdotool('mousemove', String(point.x), String(point.y), 'click', '3');
    await control.waitForFunction(
      (before) => (globalThis as { constatMenusShown?: number }).constatMenusShown! > before,
      {},
      shownBefore,
    );
    // Several items of one extension share a submenu named after it, last in the menu: open it, take
    // its first item ("Report this post…").
    display.xdotool('key', '--delay', '400', 'Up', 'Right', 'Return');
  }

  /**
   * Gives `selector` the focus, as X's own `j`/`k` keys do, and presses the extension's shortcut for
   * real (xdotool's key names, e.g. `alt+shift+d`): Firefox, not the page, reads it. Without a window
   * manager nothing gives Firefox's window the X input focus: xdotool gives it directly.
   */
  async pressShortcut(page: Page, selector: string, keys: string): Promise<void> {
    const { display } = this;
    if (!display) throw new Error('Real keys need FirefoxConstat.launch({ realMenu: true })');
    await page.bringToFront();
    await page.evaluate((sel) => {
      const target = document.querySelector<HTMLElement>(sel);
      if (!target) throw new Error(`Nothing matches ${sel}`);
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
    }, selector);
    display.xdotool('search', '--onlyvisible', '--name', 'Mozilla Firefox', 'windowfocus', '--sync');
    display.xdotool('key', '--clearmodifiers', keys);
  }

  async tabIdOf(page: Page): Promise<number> {
    const control = await this.control();
    const id = await control.evaluate(async (u) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, page.url());
    if (id === undefined) throw new Error(`No tab shows ${page.url()}`);
    return id;
  }

  /** Runs the report action on the tab of `page`, as the menu item or the popup would. */
  async report(page: Page, menu: MenuContext = {}): Promise<ReportOutcome> {
    const tabId = await this.tabIdOf(page);
    const control = await this.control();
    return control.evaluate((request) => browser.runtime.sendMessage({ type: 'report-target', ...request }), {
      tabId,
      menu,
    }) as Promise<ReportOutcome>;
  }

  async readReport(id: string): Promise<Report | null> {
    const control = await this.control();
    return control.evaluate(readFromDb, { store: 'reports' as const, key: id }) as Promise<Report | null>;
  }

  async readEvidence(reportId: string): Promise<StoredEvidence[]> {
    const control = await this.control();
    return control.evaluate(readFromDb, { store: 'evidence' as const, key: reportId }) as Promise<
      StoredEvidence[]
    >;
  }
}

/** Runs in the extension page: counts the context menus shown; returns the count so far. */
function listenForMenus(): number {
  const slot = globalThis as { constatMenusShown?: number };
  if (slot.constatMenusShown === undefined) {
    slot.constatMenusShown = 0;
    const { menus } = browser as unknown as {
      menus: { onShown: { addListener(listener: () => void): void } };
    };
    menus.onShown.addListener(() => {
      slot.constatMenusShown = (slot.constatMenusShown ?? 0) + 1;
    });
  }
  return slot.constatMenusShown;
}
