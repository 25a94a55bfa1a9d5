import { browser } from 'wxt/browser';
import { scrollPostInTab } from './extract-in-tab';
import type { Placement } from './extraction';
import { SHOTS_PER_WINDOW } from './screenshot';

// A post taller than the window took several screenshots, and Chrome allows two a second: 0.6 to
// 1.9 s a post. Lowering the tab's zoom for the capture, in this tab only, fits most of them in one
// screenshot; the person's zoom is put back as soon as the last screenshot is taken, error or not.
// Firefox zooms by site unless its `browser.zoom.siteSpecific` is off: there, zooming one tab
// would zoom every tab of the site, so it is not done and the post is stitched.
// A post whose box follows the view's width (a picture kept at its aspect ratio, a page without its
// stylesheet) grows as the zoom drops: the first zoom measures by how much, and the capture is
// made at the zoom that really needs the fewest screenshots, the person's own if no lower one does.
// What a zoom costs, measured on Bluesky's saved thread page (0.7 MB of markup): the page lays
// itself out again at the new width, about 100 ms before it answers the call that places the post,
// and the first screenshot at the new scale waits for it to be drawn; two screenshots at the
// person's zoom (one quota window, no layout) took as long there, so the zoom is kept for its one
// picture.
//
// How low: the picture must stay legible, and legibility is a matter of device pixels, not of
// zoom. The floor is the zoom at which the post's usual text (the font size most of its characters
// are drawn at, measured in the page) is still MIN_TEXT_DEVICE_PX tall on the person's screen.
// Measured on Instagram's 2021 post page (16 px Times, 1× screen): 8 device px (50 %) reads
// easily, 7.2 (45 %) still reads letter by letter, 6.4 (40 %) no longer does (letters merge).
// The old fixed floor of 50 % assumed 15 px text on a 1× screen (7.5 device px): the same rule for
// that text; text of 12 px stops at 59 %. A 2× screen would read down to 22 %, but the page is
// laid out at the zoom's inverse of its width (4.5× at 22 %), where a platform's responsive layout
// may take a shape the person never saw: the zoom stops at 40 % (2.5× the width) whatever the screen.

/** The size (device px) of a post's usual text below which the capture's zoom does not go. */
export const MIN_TEXT_DEVICE_PX = 7;
/** The lowest zoom for a capture: the page's layout, not only its text, must stay what was seen. */
const LOWEST_ZOOM = 0.4;
// A little room, so that the post still fits if the page reflows by a few pixels at the new zoom.
const FIT_MARGIN = 0.98;
// The page learns its new size from the browser after setZoom answers: look again if it has not.
const SETTLE_TRIES = 3;

/**
 * The lowest zoom at which text of `textPx` CSS px is MIN_TEXT_DEVICE_PX tall, from a placement at
 * `current` zoom (whose device pixel ratio is the screen's times that zoom); never below Chrome's.
 */
export function legibleFloor(current: number, placement: Placement, textPx: number): number {
  const screenRatio = placement.viewport.devicePixelRatio / current;
  const floor = Math.ceil((MIN_TEXT_DEVICE_PX / (textPx * screenRatio)) * 100) / 100;
  return Math.max(LOWEST_ZOOM, floor);
}

/**
 * The zoom at which the post fits below the page's fixed bars, from a placement measured at
 * `current` zoom (the bars and the post keep their size in CSS pixels, the view grows as the zoom
 * drops); never below `floor`. Null when the post fits already or the zoom cannot go lower.
 */
export function zoomToFit(current: number, placement: Placement, floor: number): number | null {
  const { rect, viewport, topInset } = placement;
  if (rect.height <= viewport.height - topInset) return null;
  const fitting = (current * viewport.height * FIT_MARGIN) / (rect.height + topInset);
  const factor = Math.max(floor, Math.floor(fitting * 100) / 100);
  return factor < current ? factor : null;
}

/** A placement of the post measured at a zoom factor. */
export interface Measured {
  factor: number;
  placement: Placement;
}

/**
 * The post's height (CSS px) at any zoom, from two measurements: a part fixed in CSS pixels and a
 * part that follows the view's width, so grows as 1 / zoom.
 */
function heightAt(a: Measured, b: Measured): (factor: number) => number {
  const span = 1 / a.factor - 1 / b.factor;
  const growing = span === 0 ? 0 : (a.placement.rect.height - b.placement.rect.height) / span;
  const fixed = a.placement.rect.height - growing / a.factor;
  return (factor) => Math.max(1, fixed + growing / factor);
}

/**
 * Screenshots (parts) a post this tall takes at `factor`, the view being `screen` px tall: one
 * where it fits with the margin above, else as many as the stitching takes (each part the rows
 * below the fixed bars).
 */
function partsAt(factor: number, height: number, screen: number, topInset: number): number {
  const view = screen / factor;
  if (height + topInset <= view * FIT_MARGIN) return 1;
  const rows = view - topInset;
  return rows > 0 ? Math.ceil(height / rows) : Number.POSITIVE_INFINITY;
}

/**
 * The zoom to capture at, from the post measured at the person's zoom and at a first lower one:
 * the fewest waits for Chrome's screenshot quota, then the fewest screenshots; the person's own
 * zoom when it is as good (the most legible: a post that grows as fast as the view), else the zoom
 * already set (no further round trip), else the highest that is.
 */
export function bestZoom(own: Measured, lowered: Measured, floor: number): number {
  const height = heightAt(own, lowered);
  const screen = own.placement.viewport.height * own.factor;
  const cost = (factor: number) => {
    const parts = partsAt(factor, height(factor), screen, lowered.placement.topInset);
    return Math.ceil(parts / SHOTS_PER_WINDOW) * 1000 + parts;
  };
  const candidates = [own.factor, lowered.factor];
  for (let hundredths = Math.floor(own.factor * 100); hundredths >= Math.round(floor * 100); hundredths--)
    candidates.push(hundredths / 100);
  const fewest = Math.min(...candidates.map(cost));
  if (cost(own.factor) === fewest) return own.factor;
  if (cost(lowered.factor) === fewest) return lowered.factor;
  return Math.max(...candidates.filter((factor) => cost(factor) === fewest));
}

export interface ZoomedPost {
  /** The zoom the screenshot is taken at; null when it is the person's own (a lower one was tried). */
  factor: number | null;
  /** The post placed at the top of the view at that zoom. */
  placement: Placement;
  /** Puts the person's zoom (and its scope) back. */
  restore: () => Promise<void>;
}

/** Zoom in this tab only, if the browser allows it; the settings to put back, or null. */
async function perTabZoom(tabId: number) {
  const settings = await browser.tabs.getZoomSettings(tabId);
  // "manual" or "disabled": another extension handles this tab's zoom; leave it alone.
  if (settings.mode !== 'automatic') return null;
  if (settings.scope === 'per-tab') return { changed: false, settings };
  try {
    await browser.tabs.setZoomSettings(tabId, { mode: 'automatic', scope: 'per-tab' });
    return { changed: true, settings };
  } catch {
    // Firefox with site-specific zoom refuses any other scope.
    return null;
  }
}

/** Places the post at the top of the view once the page has the view's height at the new zoom. */
async function placeAt(tabId: number, frameId: number, expectedHeight: number): Promise<Placement> {
  let placement = await scrollPostInTab(tabId, frameId, 0, expectedHeight);
  for (let i = 1; i < SETTLE_TRIES && Math.abs(placement.viewport.height - expectedHeight) > 2; i++)
    placement = await scrollPostInTab(tabId, frameId, 0, expectedHeight);
  return placement;
}

/** Sets the zoom and places the post at the top of the view as the page lays it out then. */
async function zoomTo(tabId: number, frameId: number, factor: number, own: Measured): Promise<Measured> {
  await browser.tabs.setZoom(tabId, factor);
  const expectedHeight = (own.placement.viewport.height * own.factor) / factor;
  return { factor, placement: await placeAt(tabId, frameId, expectedHeight) };
}

/**
 * Lowers the zoom of `tabId` so that the extracted post takes the fewest screenshots (one, where
 * the floor allows), and places it at the top of the view. Null where the zoom is left as it is.
 */
export async function zoomPostToFit(
  tabId: number,
  frameId: number,
  placement: Placement,
  textPx: number,
): Promise<ZoomedPost | null> {
  const current = await browser.tabs.getZoom(tabId);
  const floor = legibleFloor(current, placement, textPx);
  const factor = zoomToFit(current, placement, floor);
  if (factor === null) return null;
  const scope = await perTabZoom(tabId);
  if (!scope) return null;
  const own = { factor: current, placement };
  const restore = async () => {
    await browser.tabs.setZoom(tabId, current);
    if (scope.changed)
      await browser.tabs.setZoomSettings(tabId, { mode: scope.settings.mode, scope: scope.settings.scope });
  };
  try {
    let zoomed = await zoomTo(tabId, frameId, factor, own);
    const best = bestZoom(own, zoomed, floor);
    if (best === current) {
      // No lower zoom takes fewer screenshots: the person's zoom back, the post placed again.
      await restore();
      const placed = await placeAt(tabId, frameId, placement.viewport.height);
      return { factor: null, placement: placed, restore: async () => undefined };
    }
    if (best !== zoomed.factor) zoomed = await zoomTo(tabId, frameId, best, own);
    return { ...zoomed, restore };
  } catch (error) {
    await restore();
    throw error;
  }
}
