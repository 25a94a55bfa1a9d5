import { browser } from 'wxt/browser';
import { scrollPostInTab } from './extract-in-tab';
import type { Placement } from './extraction';

// A post taller than the window took several screenshots, and Chrome allows two a second: 0.6 to
// 1.9 s a post. Lowering the tab's zoom for the capture, in this tab only, fits most of them in one
// screenshot; the person's zoom is put back at once, error or not. The picture then has fewer
// pixels per line of text: below half the page's size, text drawn at 15 px would be under 8 device
// pixels on a standard screen, so the zoom stops there and what is left is stitched as before.
// Firefox zooms by site unless its `browser.zoom.siteSpecific` is off: there, zooming one tab
// would zoom every tab of the site, so it is not done and the post is stitched.

/** The lowest zoom a post is captured at. */
export const MIN_CAPTURE_ZOOM = 0.5;
// A little room, so that the post still fits if the page reflows by a few pixels at the new zoom.
const FIT_MARGIN = 0.98;
// The page learns its new size from the browser after setZoom answers: look again a few times.
const SETTLE_TRIES = 5;

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

export interface ZoomedPost {
  /** The zoom the screenshot is taken at. */
  factor: number;
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

async function placeAt(tabId: number, frameId: number, expectedHeight: number): Promise<Placement> {
  let placement = await scrollPostInTab(tabId, frameId, 0);
  for (let i = 1; i < SETTLE_TRIES && Math.abs(placement.viewport.height - expectedHeight) > 2; i++)
    placement = await scrollPostInTab(tabId, frameId, 0);
  return placement;
}

/** Sets the zoom and places the post at the top of the view as the page lays it out then. */
async function zoomTo(tabId: number, frameId: number, factor: number, from: number, measured: Placement) {
  await browser.tabs.setZoom(tabId, factor);
  const expectedHeight = (measured.viewport.height * from) / factor;
  return { factor, placement: await placeAt(tabId, frameId, expectedHeight) };
}

/**
 * Lowers the zoom of `tabId` so that the extracted post fits one screenshot (or as few as the floor
 * allows), and places it at the top of the view. Null where the zoom is left as it is.
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
  const restore = async () => {
    await browser.tabs.setZoom(tabId, current);
    if (scope.changed)
      await browser.tabs.setZoomSettings(tabId, { mode: scope.settings.mode, scope: scope.settings.scope });
  };
  try {
    let zoomed = await zoomTo(tabId, frameId, factor, current, placement);
    // A post whose box grows with the view's width (a picture kept at its aspect ratio, a page
    // without its stylesheet) is taller at the new zoom than measured: fit it once more from what
    // it measures now, where the floor allows.
    const again = zoomToFit(zoomed.factor, zoomed.placement);
    if (again !== null) zoomed = await zoomTo(tabId, frameId, again, current, placement);
    return { ...zoomed, restore };
  } catch (error) {
    await restore();
    throw error;
  }
}
