import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import en from '../../public/_locales/en/messages.json';
import type { ConstatBrowser } from './constat-browser';
import type { FirefoxConstat } from './firefox-browser';

// Constat's panel opened as a person opens it: a click on the popup's "Keep Constat beside the page",
// which each browser accepts as the gesture its `open()` demands. Both return the control page.

/** Chrome's side panel, from a Playwright (trusted) click; the popup closes itself once it is open. */
export async function openSidePanelFromPopup(browser: ConstatBrowser): Promise<ChromiumPage> {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: en.panelKeepBeside.message }).click();
  await closed;
  const control = await browser.control();
  await control.waitForFunction(async () => {
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
    return contexts.some((context) => context.documentUrl?.endsWith('/sidepanel.html'));
  });
  return control;
}

/** Firefox's sidebar, from BiDi's input actions (a user gesture for `sidebarAction.open()`). */
export async function openSidebarFromPopup(firefox: FirefoxConstat): Promise<FirefoxPage> {
  const control = await firefox.control();
  await firefox.openExtensionPage('popup.html');
  const popup = await firefox.pageAt(firefox.extensionUrl('popup.html'));
  const button = '.keep-beside button:not([disabled])';
  await popup.waitForFunction((selector) => document.querySelector(selector) !== null, {}, button);
  const centre = await popup.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
  }, button);
  if (!centre) throw new Error('No button to keep Constat beside the page');
  await popup.mouse.click(centre.x, centre.y);
  await control.waitForFunction(() => {
    // Firefox's own API, which the Chrome types of this page do not list.
    const firefoxApi = browser as unknown as { sidebarAction: { isOpen(details: object): Promise<boolean> } };
    return firefoxApi.sidebarAction.isOpen({});
  });
  return control;
}
