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
 * items of one extension share a submenu named after it, near the bottom of the menu (above "View page
 * source" and "Inspect", whose number differs between Chromium builds). Walking up from the bottom,
 * Right opens the first submenu met, which shows as a window of its own: Constat's, whose first item is
 * "Report this post…". Chromium has no `menus.onShown`: the menu is known to be open when its window
 * shows.
 */
async function reportFromMenu(page: Page, display: VirtualDisplay, selector: string): Promise<void> {
  const point = await screenPointOf(page, display, selector);
  const before = display.visibleWindows();
  display.xdotool('mousemove', String(point.x), String(point.y), 'click', '3');
  await display.newWindow(before);
  // The menu takes the keyboard once it is drawn, a moment after its window maps.
  await new Promise((r) => setTimeout(r, 500));
  const menu = display.visibleWindows();
  for (let item = 0; item < 8; item++) {
    display.xdotool('key', 'Up', 'Right');
    if (await display.windowShows(menu, 1500)) {
      display.xdotool('key', 'Return');
      return;
    }
  }
  throw new Error('No submenu of the extension in the context menu');
}

/**
 * Gives `selector` the focus, as X's own `j`/`k` keys do, and presses the extension's shortcut for
 * real (xdotool's key names, e.g. `alt+shift+d`): the browser, not the page, reads it, as it does for
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
 * The report a composer tab was opened for, other than the reports in `known`, if one is within
 * `limitMs` (a watchdog, not a speed target).
 */
async function composerReportWithin(
  browser: ConstatBrowser,
  limitMs: number,
  known: readonly string[] = [],
): Promise<string | null> {
  for (let waited = 0; waited < limitMs; waited += 200) {
    const id = browser.context
      .pages()
      .map((page) => page.url())
      .filter((u) => u.startsWith(browser.extensionUrl('composer.html?id=')))
      .map((u) => new URL(u).searchParams.get('id'))
      .find((found) => found && !known.includes(found));
    if (id) return id;
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

/**
 * Reports `selector` through the browser's menu and gives the report the composer opened for. Native
 * input on a loaded virtual display can lose a key (the menu drawn late): a menu that led nowhere is
 * closed and used again, up to three times (a watchdog, not a speed target).
 */
export async function reportThroughMenu(
  browser: ConstatBrowser,
  page: Page,
  display: VirtualDisplay,
  selector: string,
): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await reportFromMenu(page, display, selector);
    } catch (error) {
      if (attempt === 3) throw error;
    }
    const id = await composerReportWithin(browser, 20_000);
    if (id) return id;
    display.xdotool('key', 'Escape', 'Escape');
  }
  throw new Error('No composer opened');
}

/** The report a composer tab was opened for, once one is, other than the reports in `known`. */
export async function openedComposerReportId(
  browser: ConstatBrowser,
  known: readonly string[] = [],
): Promise<string> {
  const id = await composerReportWithin(browser, 40_000, known);
  if (!id) throw new Error('No composer opened');
  return id;
}
