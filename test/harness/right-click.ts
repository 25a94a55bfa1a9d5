import type { MenuContext } from '../../utils/model';

/** What a right-click needs of a page, in Playwright (Chromium) and in Puppeteer (Firefox) alike. */
export interface ClickablePage {
  evaluate<R, A>(pageFunction: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: { click(x: number, y: number, options: { button: 'right' }): Promise<unknown> };
  keyboard: { press(key: string): Promise<unknown> };
}

/**
 * Right-clicks the centre of the first element matching `selector` with a real mouse event, as
 * the case contract says: scroll it into view, and where other elements cover its centre, give
 * those `pointer-events: none` (never the target or its ancestors) so the click reaches it.
 * Returns what the browser's menu reports of such a click (the link, image or video under the
 * pointer, the selected text), which tests hand to the report action as the menu item would.
 */
export async function rightClick(page: ClickablePage, selector: string): Promise<MenuContext> {
  // A loaded machine can let the page move between measuring and clicking: the click is checked
  // against the element the page saw it reach, and measured and made again when it missed.
  for (let attempt = 1; ; attempt++) {
    const point = await measure(page, selector);
    await watchContextMenu(page);
    await page.mouse.click(point.x, point.y, { button: 'right' });
    await page.keyboard.press('Escape');
    if ((await contextMenuReached(page, selector)) || attempt === 5) return menuAt(page, point);
  }
}

async function watchContextMenu(page: ClickablePage): Promise<void> {
  await page.evaluate(() => {
    const w = window as { constatTestContextTarget?: EventTarget | null };
    w.constatTestContextTarget = null;
    document.addEventListener('contextmenu', (e) => (w.constatTestContextTarget = e.target), {
      capture: true,
      once: true,
    });
  }, null);
}

function contextMenuReached(page: ClickablePage, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const hit = (window as { constatTestContextTarget?: EventTarget | null }).constatTestContextTarget;
    return hit instanceof Node && !!document.querySelector(sel)?.contains(hit);
  }, selector);
}

async function measure(page: ClickablePage, selector: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(async (sel) => {
    const target = document.querySelector(sel);
    if (!target) return null;
    // Pictures that fail to load, lazy ones included, resize the page after it loaded, and scroll
    // anchoring then moves it: centre the target until it stays put, then measure.
    let last = '';
    for (let settle = 0; settle < 40; settle++) {
      target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      // (Inline: a named helper here would not survive the test runner's transform into the page.)
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { top, left } = target.getBoundingClientRect();
      const now = `${top},${left},${scrollX},${scrollY}`;
      if (now === last) break;
      last = now;
    }
    const box = target.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    for (let i = 0; i < 200; i++) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || target.contains(hit)) break;
      if (hit.contains(target) || !(hit instanceof HTMLElement || hit instanceof SVGElement)) break;
      hit.style.setProperty('pointer-events', 'none', 'important');
    }
    return { x, y };
  }, selector);
  if (!point) throw new Error(`Nothing matches ${selector}`);
  return point;
}

function menuAt(page: ClickablePage, point: { x: number; y: number }): Promise<MenuContext> {
  return page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y);
    const menu: MenuContext = {};
    const link = hit?.closest('a[href]');
    if (link instanceof HTMLAnchorElement) menu.linkUrl = link.href;
    if (hit instanceof HTMLImageElement || hit instanceof HTMLVideoElement) {
      menu.srcUrl = hit.currentSrc || hit.src;
      menu.mediaType = hit instanceof HTMLImageElement ? 'image' : 'video';
    }
    const selection = getSelection()?.toString();
    if (selection) menu.selectionText = selection;
    return menu;
  }, point);
}
