import { browser } from 'wxt/browser';
import { scrollPostInTab } from './extract-in-tab';
import type { Placement } from './extraction';
import { SHOTS_PER_WINDOW } from './screenshot';

// A post taller than the window took several screenshots, and Chrome allows two a second: 0.6 to
// 1.9 s a post. Lowering the tab's zoom for the capture, in this tab only, fits most of them in one
// screenshot; the person's zoom is put back at once, error or not. The picture then has fewer
// pixels per line of text: below half the page's size, text drawn at 15 px would be under 8 device
// pixels on a standard screen, so the zoom stops there and what is left is stitched as before.
// Firefox zooms by site unless its `browser.zoom.siteSpecific` is off: there, zooming one tab
// would zoom every tab of the site, so it is not done and the post is stitched.
// A post whose box follows the view's width (a picture kept at its aspect ratio, a page without its
// stylesheet) grows as the zoom drops: the first zoom measures by how much, and the capture is
// made at the zoom that really needs the fewest screenshots, the person's own if no lower one does.

/** The lowest zoom a post is captured at. */
export const MIN_CAPTURE_ZOOM = 0.5;
// A little room, so that the post still fits if the page reflows by a few pixels at the new zoom.
const FIT_MARGIN = 0.98;
// The page learns its new size from the browser after setZoom answers: look again if it has not.
const SETTLE_TRIES = 3;

/**
 * The zoom at which the post fits below the page's fixed bars, from a placement measured at
 * `current` zoom (the bars and the post keep their size in CSS pixels, the view grows as the zoom
 * drops); never below the floor. Null when the post fits already or the zoom cannot go lower.
 */
export function zoomToFit(current: number, placement: Placement): number | null {
  const { rect, viewport, topInset } = placement;
  if (rect.height <= viewport.height - topInset) return null;
  const fitting = (current * viewport.height * FIT_MARGIN) / (rect.height + topInset);
  const factor = Math.max(MIN_CAPTURE_ZOOM, Math.floor(fitting * 100) / 100);
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

/** Screenshots (parts) a post this tall takes at `factor`, the view being `screen` px tall. */
function partsAt(factor: number, height: number, screen: number, topInset: number): number {
  const rows = (screen / factor) * FIT_MARGIN - topInset;
  return rows > 0 ? Math.ceil(height / rows) : Number.POSITIVE_INFINITY;
}

/**
 * The zoom to capture at, from the post measured at the person's zoom and at a first lower one:
 * the fewest waits for Chrome's screenshot quota, then the fewest screenshots; the person's own
 * zoom when it is as good (the most legible: a post that grows as fast as the view), else the zoom
 * already set (no further round trip), else the highest that is.
 */
export function bestZoom(own: Measured, lowered: Measured): number {
  const height = heightAt(own, lowered);
  const screen = own.placement.viewport.height * own.factor;
  const cost = (factor: number) => {
    const parts = partsAt(factor, height(factor), screen, lowered.placement.topInset);
    return Math.ceil(parts / SHOTS_PER_WINDOW) * 1000 + parts;
  };
  const candidates = [own.factor, lowered.factor];
  for (let hundredths = Math.floor(own.factor * 100); hundredths >= MIN_CAPTURE_ZOOM * 100; hundredths--)
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
): Promise<ZoomedPost | null> {
  const current = await browser.tabs.getZoom(tabId);
  const factor = zoomToFit(current, placement);
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
    const best = bestZoom(own, zoomed);
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
