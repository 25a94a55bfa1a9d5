import type { Page } from 'playwright-core';
import type { ConstatBrowser } from './constat-browser';
import type { VirtualDisplay } from './virtual-display';

// The person's own input in headed Chromium on a virtual display: the real pointer and the browser's
// own context menu, which no test tool reaches otherwise.

interface ScreenPoint {
  x: number;
  y: number;
}

type Probe = typeof globalThis & { constatOrigin?: ScreenPoint | null };

/**
 * Where the page's top-left corner is on the screen. The browser's bars have no fixed height under
 * Xvfb without a window manager, so the page says it itself: a real pointer move gives both the
 * event's screen and page coordinates.
 */
async function pageOrigin(page: Page, display: VirtualDisplay): Promise<ScreenPoint> {
  const window = await page.evaluate(() => {
    const probe = globalThis as Probe;
    probe.constatOrigin = null;
    addEventListener('mousemove', (e) => {
      probe.constatOrigin = { x: e.screenX - e.clientX, y: e.screenY - e.clientY };
    });
    return { x: screenX, y: screenY, width: outerWidth, height: outerHeight };
  });
  // The window's middle is inside the page whatever the bars above it.
  const middle = { x: window.x + Math.round(window.width / 2), y: window.y + Math.round(window.height / 2) };
  display.xdotool('mousemove', String(middle.x), String(middle.y), 'mousemove_relative', '1', '1');
  await page.waitForFunction(() => (globalThis as Probe).constatOrigin != null);
  return page.evaluate(() => (globalThis as Probe).constatOrigin as ScreenPoint);
}

/** Scrolls `selector` to the middle of the view and gives a point on it, in screen pixels. */
export async function screenPointOf(
  page: Page,
  display: VirtualDisplay,
  selector: string,
): Promise<ScreenPoint> {
  await page.bringToFront();
  const origin = await pageOrigin(page, display);
  const point = await page.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) return null;
    target.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = target.getBoundingClientRect();
    return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
  }, selector);
  if (!point) throw new Error(`Nothing matches ${selector}`);
  return { x: Math.round(origin.x + point.x), y: Math.round(origin.y + point.y) };
}

/**
 * Right-clicks `selector` for real and chooses "Report this post…" in Chromium's own menu. Several
 * items of one extension share a submenu named after it, placed above "View page source" and
 * "Inspect" at the bottom of the menu: Up three times reaches it, Right opens it on its first item.
 * Chromium has no `menus.onShown`: the menu is known to be open when its window shows.
 */
export async function reportFromMenu(page: Page, display: VirtualDisplay, selector: string): Promise<void> {
  const point = await screenPointOf(page, display, selector);
  const before = display.visibleWindows();
  display.xdotool('mousemove', String(point.x), String(point.y), 'click', '3');
  await display.newWindow(before);
  display.xdotool('key', '--delay', '400', 'Up', 'Up', 'Up', 'Right', 'Return');
}

/**
 * Gives `selector` the focus, as X's own `j`/`k` keys do, and presses the extension's shortcut for
 * real (xdotool's key names, e.g. `alt+shift+s`): the browser, not the page, reads it, as it does for
 * a person. The pointer rests on the window, which under Xvfb without a window manager is what gets
 * the keys.
 */
export async function reportWithShortcut(
  page: Page,
  display: VirtualDisplay,
  selector: string,
  keys: string,
): Promise<void> {
  await screenPointOf(page, display, selector);
  await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.focus(), selector);
  await page.waitForFunction((sel) => document.activeElement?.matches(sel) === true, selector);
  display.xdotool('key', keys);
}

/**
 * The report a composer tab was opened for, once one is, other than the reports in `known` (a
 * watchdog, not a speed target).
 */
export async function openedComposerReportId(
  browser: ConstatBrowser,
  known: readonly string[] = [],
): Promise<string> {
  for (let waited = 0; waited < 40_000; waited += 200) {
    const id = browser.context
      .pages()
      .map((page) => page.url())
      .filter((u) => u.startsWith(browser.extensionUrl('composer.html?id=')))
      .map((u) => new URL(u).searchParams.get('id'))
      .find((found) => found && !known.includes(found));
    if (id) return id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('No composer opened');
}
