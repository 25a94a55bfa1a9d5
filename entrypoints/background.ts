import type { Menus, Runtime, Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type ReportClick, reportClickedTarget } from '../utils/capture/report-target';
import { t } from '../utils/i18n';
import { isFromExtensionPage, type Request, requestSchema, type ResponseMap } from '../utils/messages';
import { platformMatchPatterns } from '../utils/platforms';

const MENU_ID = 'constat-report';

function createMenu(): void {
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menuReportPost'),
      contexts: ['page', 'selection', 'link', 'image', 'video'],
      documentUrlPatterns: platformMatchPatterns,
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

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

async function answer(request: Request): Promise<ResponseMap[Request['type']]> {
  switch (request.type) {
    case 'report-target': {
      const tab = request.tabId === undefined ? await activeTab() : await browser.tabs.get(request.tabId);
      if (!tab) return { ok: false, error: 'No tab to report.' };
      return reportClickedTarget({ pageUrl: tab.url }, tab);
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab) void reportClickedTarget(clickFromMenu(info), tab);
  });

  const pageOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isFromExtensionPage(sender, browser.runtime.id, pageOrigin)) return undefined;
    const request = requestSchema.safeParse(message);
    return request.success ? answer(request.data) : undefined;
  });
});
