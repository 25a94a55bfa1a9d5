import type { Menus, Runtime, Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type ReportClick, reportClickedTarget } from '../utils/capture/report-target';
import { forgetUnsaved, unsavedCapture } from '../utils/capture/unsaved-captures';
import { saveCapture } from '../utils/db/reports';
import { exportReport, logExportOf } from '../utils/export/log-export';
import { t } from '../utils/i18n';
import { isFromExtensionPage, type Request, type ResponseMap, requestSchema } from '../utils/messages';
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
    case 'unsaved-capture': {
      const capture = unsavedCapture(request.reportId);
      if (!capture) return { found: false };
      return {
        found: true,
        error: capture.error,
        file: logExportOf([exportReport(capture.report, capture.evidence)], []),
      };
    }
    case 'retry-save': {
      const capture = unsavedCapture(request.reportId);
      if (!capture) return { ok: false, error: 'This capture is no longer held: the browser was restarted.' };
      try {
        await saveCapture(capture.report, capture.evidence);
        forgetUnsaved(request.reportId);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
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
