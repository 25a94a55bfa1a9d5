import type { Menus, Runtime, Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectRecorderIntoOpenTabs } from '../utils/capture/recorder-injection';
import { type ReportClick, reportClickedTarget } from '../utils/capture/report-target';
import { retryUnsaved, unsavedCaptureFile } from '../utils/capture/unsaved-captures';
import { fillIfPending } from '../utils/channels/fill-in-tab';
import { removePendingFill } from '../utils/channels/pending-fills';
import { onReminderAlarm, reminderPage, syncReminders } from '../utils/follow-up/reminders';
import { t } from '../utils/i18n';
import { menus } from '../utils/menus';
import { isFromExtensionPage, type Request, type ResponseMap, requestSchema } from '../utils/messages';
import { addClickedToOpenCollection } from '../utils/pileon/add-to-collection';
import { answerPileon } from '../utils/pileon/answer';
import {
  ADD_TO_COLLECTION_MENU_ID,
  createPileonMenu,
  DOCUMENT_REPLIES_MENU_ID,
  refreshPileonMenu,
} from '../utils/pileon/menu';
import { openCollectionForTab } from '../utils/pileon/open-collection';
import { menuDocumentPatterns } from '../utils/platforms';
import { onPeriodicAlarm, syncPeriodicFromSettings } from '../utils/recheck/periodic';
import { loadRun } from '../utils/recheck/run-state';
import { cancelRechecks, resumeRechecks, startRechecks } from '../utils/recheck/runner';
import { tagClickedTarget } from '../utils/training/tag-target';

const MENU_ID = 'constat-report';
/** Training mode: the same capture, kept as a training example. */
const TAG_MENU_ID = 'constat-tag-training';
const MENU_CONTEXTS: Menus.ContextType[] = ['page', 'selection', 'link', 'image', 'video'];
/** The keyboard shortcut's command, declared in wxt.config.ts. */
const REPORT_COMMAND = 'report-post';

function createMenu(): void {
  void menus()
    .removeAll()
    .then(() => {
      menus().create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuReportPost'),
        contexts: MENU_CONTEXTS,
        documentUrlPatterns: menuDocumentPatterns,
      });
      menus().create({
        id: TAG_MENU_ID,
        title: browser.i18n.getMessage('menuTagTrainingExample'),
        contexts: MENU_CONTEXTS,
        documentUrlPatterns: menuDocumentPatterns,
      });
      return createPileonMenu();
    });
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
      if (!tab) return { ok: false, error: t('errorNoActiveTab') };
      return reportClickedTarget({ ...request.menu, pageUrl: tab.url }, tab);
    }
    case 'unsaved-capture': {
      const held = unsavedCaptureFile(request.reportId);
      return held ? { found: true, ...held } : { found: false };
    }
    case 'retry-save':
      return retryUnsaved(request.reportId);
    case 'tag-target': {
      const tab = request.tabId === undefined ? await activeTab() : await browser.tabs.get(request.tabId);
      if (!tab) return { ok: false, error: t('errorNoActiveTab') };
      return tagClickedTarget({ ...request.menu, pageUrl: tab.url }, tab);
    }
    case 'recheck-start':
      return startRechecks(request.reportIds, 'person');
    case 'recheck-progress':
      return loadRun();
    case 'recheck-cancel':
      return cancelRechecks();
    case 'reminders-sync':
      return syncReminders().then(
        () => ({ ok: true }),
        (error: unknown) => {
          reminderFailed(error);
          return { ok: false };
        },
      );
    default:
      return answerPileon(request);
  }
}

const reminderFailed = (error: unknown) => console.warn('Constat: reminders not updated', error);

function rebuildReminders(): Promise<void> {
  return syncReminders().then(() => undefined, reminderFailed);
}

const recheckFailed = (error: unknown) => console.warn('Constat: rechecks', error);

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createMenu();
    void injectRecorderIntoOpenTabs();
    // The first-run page, once: an update must not take the person away from what they were doing.
    // Opened behind the current tab: a tab already open (a post being reported) keeps the front.
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html'), active: false });
    void rebuildReminders();
    void syncPeriodicFromSettings().catch(recheckFailed);
  });
  browser.runtime.onStartup.addListener(() => {
    createMenu();
    void rebuildReminders();
    void syncPeriodicFromSettings().catch(recheckFailed);
  });
  // A worker stopped in the middle of rechecks (idle, a crash, a browser restart): go on from storage.
  void resumeRechecks().catch(recheckFailed);
  // Periodic rechecks follow the setting as soon as the options page saves it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void syncPeriodicFromSettings().catch(recheckFailed);
  });
  browser.alarms.onAlarm.addListener((alarm) => void onPeriodicAlarm(alarm).catch(recheckFailed));

  // Follow-up reminders: an alarm per notice awaiting an answer, a notification when it is due.
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm).catch(reminderFailed));
  browser.notifications.onClicked.addListener((notificationId) => {
    const url = reminderPage(notificationId);
    if (url === null) return;
    void browser.tabs.create({ url });
    void browser.notifications.clear(notificationId);
  });

  menus().onClicked.addListener(async (info, tab) => {
    if (!tab) return;
    if (info.menuItemId === TAG_MENU_ID) {
      const tagged = await tagClickedTarget(clickFromMenu(info), tab);
      if (!tagged.ok) await showFailure(tagged.error, tab.id);
      return;
    }
    if (info.menuItemId === DOCUMENT_REPLIES_MENU_ID) {
      const opened = await openCollectionForTab(tab);
      if (!opened.ok) await showFailure(opened.error, tab.id);
      await refreshPileonMenu();
      return;
    }
    const run =
      info.menuItemId === ADD_TO_COLLECTION_MENU_ID
        ? addClickedToOpenCollection
        : info.menuItemId === MENU_ID
          ? reportClickedTarget
          : null;
    if (!run) return;
    const outcome = await run(clickFromMenu(info), tab);
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
