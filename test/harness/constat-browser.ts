import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { ReportOutcome } from '../../utils/messages';
import type { MenuContext, Report } from '../../utils/model';
import type { Collection } from '../../utils/pileon/collection';
import { PageServer } from './page-server';
import type { VirtualDisplay } from './virtual-display';

export const extensionDir = resolve(process.env.CONSTAT_OUT_DIR || '.output', 'chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface StoredEvidence {
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  base64: string;
}

/**
 * Debian's Chromium with the built extension loaded, and a server answering saved pages at their
 * real addresses. Reports run through the same handler as the context-menu item, reached by the
 * message an extension page sends (the browser's own menu cannot be clicked by any test tool).
 */
export class ConstatBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly server: PageServer,
    private readonly profileDir: string,
    private readonly ownsProfile: boolean,
    private controlPage: Page | null = null,
  ) {}

  /**
   * `extension` and `profileDir` default to the build under test and a new profile, removed on close;
   * a given profile is kept, so that another build can be started over it (an update in place).
   * `locale` (e.g. `fr-FR`) sets the browser's language, which the extension's pages follow.
   */
  static async launch(
    options: {
      headed?: boolean;
      extension?: string;
      profileDir?: string;
      locale?: string;
      /** A virtual display to run headed on, where the browser's own menu can be clicked for real. */
      display?: VirtualDisplay;
      /**
       * `window`: pages take the window's size, as for a person (1280×900), so a side panel opening
       * narrows them; by default Playwright fixes each page's viewport, whatever the window does.
       */
      viewport?: 'fixed' | 'window';
    } = {},
  ): Promise<ConstatBrowser> {
    const server = new PageServer();
    const port = await server.start();
    const extension = options.extension ?? extensionDir;
    const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'constat-profile-'));
    // Every host name resolves to the page server, which answers only the pages it was given.
    const rules = `MAP * 127.0.0.1:${port}`;
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: !(options.headed || options.display),
      ...(options.display ? { env: { ...process.env, DISPLAY: options.display.name } } : {}),
      viewport: options.viewport === 'window' ? null : { width: 1280, height: 900 },
      ...(options.locale ? { locale: options.locale } : {}),
      args: [
        ...(options.locale ? [`--lang=${options.locale}`] : []),
        ...(options.viewport === 'window' ? ['--window-size=1280,900'] : []),
        ...(options.headed || options.display ? [] : ['--headless=new']),
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        `--host-resolver-rules=${rules}`,
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        // Lets the DevTools protocol grant `activeTab` as a click on the extension would.
        '--enable-unsafe-extension-debugging',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    return new ConstatBrowser(context, extensionId, server, profileDir, !options.profileDir);
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.server.stop();
    if (this.ownsProfile) rmSync(this.profileDir, { recursive: true, force: true });
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  /** An extension page kept open to send requests and read the database as the UI does. */
  async control(): Promise<Page> {
    if (!this.controlPage || this.controlPage.isClosed()) {
      this.controlPage = await this.context.newPage();
      await this.controlPage.goto(this.extensionUrl('log.html'));
    }
    return this.controlPage;
  }

  /** Serves `html` at `url` and opens it in a new tab. */
  async openPage(url: string, html: string): Promise<Page> {
    this.server.set(url, html);
    const page = await this.context.newPage();
    // After `load`, every picture has loaded or failed: the layout no longer moves under the mouse.
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** Closes every tab but the control page and `keep` (composers opened by reports pile up otherwise). */
  async closeOtherPages(...keep: Page[]): Promise<void> {
    const kept = new Set([this.controlPage, ...keep]);
    await Promise.all(
      this.context
        .pages()
        .filter((p) => !kept.has(p))
        .map((p) => p.close()),
    );
  }

  /** The extension's id for the tab showing `page`. */
  async tabIdOf(page: Page): Promise<number> {
    const control = await this.control();
    const url = page.url();
    const id = await control.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    if (id === undefined) throw new Error(`No tab shows ${url}`);
    return id;
  }

  /**
   * Grants `activeTab` on the tab of `page` the way a click on the extension's menu item or
   * toolbar button does (the shipped manifest has no `<all_urls>`): the screenshot needs it.
   */
  async grantActiveTab(page: Page): Promise<void> {
    const cdp = await this.context.browser()?.newBrowserCDPSession();
    if (!cdp) throw new Error('No browser CDP session');
    // Tab targets are hidden from the default listing: ask for every kind.
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`No tab target shows ${page.url()}`);
    await cdp.send(
      'Extensions.triggerAction' as never,
      { id: this.extensionId, targetId: tab.targetId } as never,
    );
    await cdp.detach();
  }

  /** Runs the report action on the tab of `page`, as the menu item or the popup would. */
  async report(page: Page, menu: MenuContext = {}): Promise<ReportOutcome> {
    await this.grantActiveTab(page);
    return this.requestReport(await this.tabIdOf(page), menu);
  }

  /** Sends the report request for a tab whose `activeTab` grant is already given. */
  async requestReport(tabId: number, menu: MenuContext = {}): Promise<ReportOutcome> {
    const control = await this.control();
    return control.evaluate((request) => chrome.runtime.sendMessage({ type: 'report-target', ...request }), {
      tabId,
      menu,
    });
  }

  /** Turns "Expand collapsed posts before capture" on or off, keeping the other settings, as the options page does. */
  async setExpandCollapsed(allowed: boolean): Promise<void> {
    const control = await this.control();
    await control.evaluate(async (expandCollapsedPosts) => {
      const { settings } = await chrome.storage.local.get('settings');
      const current = settings ?? { version: 1, userTerms: [], followUpHours: {} };
      await chrome.storage.local.set({ settings: { ...current, expandCollapsedPosts } });
    }, allowed);
  }

  async readReport(id: string): Promise<Report | null> {
    const control = await this.control();
    return control.evaluate(readFromDb, { store: 'reports' as const, key: id }) as Promise<Report | null>;
  }

  async readCollection(id: string): Promise<Collection | null> {
    const control = await this.control();
    return control.evaluate(readFromDb, {
      store: 'collections' as const,
      key: id,
    }) as Promise<Collection | null>;
  }

  async readEvidence(reportId: string): Promise<StoredEvidence[]> {
    const control = await this.control();
    return control.evaluate(readFromDb, { store: 'evidence' as const, key: reportId }) as Promise<
      StoredEvidence[]
    >;
  }

  /** Stops the extension's service worker, as the browser does when it is idle. */
  async stopServiceWorker(): Promise<void> {
    const cdp = await this.context.browser()?.newBrowserCDPSession();
    if (!cdp) throw new Error('No browser CDP session');
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(this.extensionId));
    if (!worker) throw new Error('The extension has no running service worker');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    await cdp.detach();
  }
}

/** Runs in the extension page: raw IndexedDB reads, independent of the product's own DB code. */
export function readFromDb({
  store,
  key,
}: {
  store: 'reports' | 'collections' | 'evidence';
  key: string;
}): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    const open = indexedDB.open('constat');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(store);
      const request =
        store === 'evidence'
          ? tx.objectStore(store).index('byReport').getAll(key)
          : tx.objectStore(store).get(key);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        db.close();
        if (store !== 'evidence') return resolvePromise(request.result ?? null);
        const records = request.result as {
          kind: string;
          mime: string;
          size: number;
          sha256: string;
          bytes: ArrayBuffer;
        }[];
        resolvePromise(
          records.map(({ kind, mime, size, sha256, bytes }) => {
            let binary = '';
            const view = new Uint8Array(bytes);
            for (let i = 0; i < view.length; i += 0x8000) {
              binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
            }
            return { kind, mime, size, sha256, base64: btoa(binary) };
          }),
        );
      };
    };
  });
}
