import type { Menus, Runtime, Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectRecorderIntoOpenTabs } from '../utils/capture/recorder-injection';
import { type ReportClick, reportClickedTarget } from '../utils/capture/report-target';
import { retryUnsaved, unsavedCaptureFile } from '../utils/capture/unsaved-captures';
import { fillIfPending } from '../utils/channels/fill-in-tab';
import { removePendingFill } from '../utils/channels/pending-fills';
import { isFromExtensionPage, type Request, type ResponseMap, requestSchema } from '../utils/messages';
import { menuDocumentPatterns } from '../utils/platforms';

const MENU_ID = 'constat-report';
/** The keyboard shortcut's command, declared in wxt.config.ts. */
const REPORT_COMMAND = 'report-post';
// Firefox names the right-clicked element (`targetElementId`, for `menus.getTargetElement`) only to
// an extension with the `menus` permission, under that name; Chrome has `contextMenus` alone.
const menus = () => browser.menus ?? browser.contextMenus;

function createMenu(): void {
  void menus()
    .removeAll()
    .then(() =>
      menus().create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuReportPost'),
        contexts: ['page', 'selection', 'link', 'image', 'video'],
        documentUrlPatterns: menuDocumentPatterns,
      }),
    );
}

function clickFromMenu(info: Menus.OnClickData): ReportClick {
  return {
    frameId: info.frameId,
    pageUrl: info.pageUrl,
    frameUrl: info.frameUrl,
    selectionText: info.selectionText,
    linkUrl: info.linkUrl,
    srcUrl: info.srcUrl,
    mediaType: info.mediaType,
    targetElementId: info.targetElementId,
  };
}

async function showFailure(error: string, tabId: number | undefined): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e', tabId });
  await browser.action.setBadgeText({ text: '!', tabId });
  await browser.action.setTitle({ title: `Constat: ${error}`, tabId });
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

async function answer(request: Request): Promise<ResponseMap[Request['type']]> {
  switch (request.type) {
    case 'report-target': {
      const tab = request.tabId === undefined ? await activeTab() : await browser.tabs.get(request.tabId);
      if (!tab) return { ok: false, error: 'No tab to report.' };
      return reportClickedTarget({ ...request.menu, pageUrl: tab.url }, tab);
    }
    case 'unsaved-capture': {
      const held = unsavedCaptureFile(request.reportId);
      return held ? { found: true, ...held } : { found: false };
    }
    case 'retry-save':
      return retryUnsaved(request.reportId);
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    createMenu();
    void injectRecorderIntoOpenTabs();
  });
  browser.runtime.onStartup.addListener(createMenu);

  menus().onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    const outcome = await reportClickedTarget(clickFromMenu(info), tab);
    // A failed save opens its own page; any other failure is shown on the toolbar button.
    if (!outcome.ok && !outcome.unsavedReportId) await showFailure(outcome.error, tab.id);
  });

  // The shortcut (changeable in the browser's shortcut settings) reports what has focus or is under
  // the pointer; pressing it grants `activeTab` as the menu click does.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== REPORT_COMMAND) return;
    const target = tab ?? (await activeTab());
    if (!target) return;
    const outcome = await reportClickedTarget({ via: 'shortcut' }, target);
    if (!outcome.ok && !outcome.unsavedReportId) await showFailure(outcome.error, target.id);
  });

  // A reporting form opened by the composer is filled on every load, step after step, until closed.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') {
      // The form stays as the platform made it, and the panel-less page is the person's to fill.
      void fillIfPending(tabId, tab.url).catch((error: unknown) =>
        console.warn('Constat: form not filled', error),
      );
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void removePendingFill(tabId));

  const pageOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isFromExtensionPage(sender, browser.runtime.id, pageOrigin)) return undefined;
    const request = requestSchema.safeParse(message);
    return request.success ? answer(request.data) : undefined;
  });
});
