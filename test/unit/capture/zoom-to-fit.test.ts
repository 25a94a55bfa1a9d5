import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Placement } from '../../../utils/capture/extraction';
import {
  legibleFloor,
  MIN_TEXT_DEVICE_PX,
  zoomPostToFit,
  zoomToFit,
} from '../../../utils/capture/zoom-to-fit';

const scrollPostInTab = vi.hoisted(() => vi.fn());
vi.mock('../../../utils/capture/extract-in-tab', () => ({ scrollPostInTab }));

const view = { width: 1280, height: 900, devicePixelRatio: 1, scrollX: 0, scrollY: 0 };
const placed = (height: number, zoom = 1, topInset = 53): Placement => ({
  rect: { x: 340, y: topInset, width: 600, height },
  viewport: { ...view, height: view.height / zoom, width: view.width / zoom, devicePixelRatio: zoom },
  topInset,
});

// Text of 14 px on a 1× screen: the floor is 50 %.
const TEXT_PX = 14;
const FLOOR = 0.5;

describe('legibleFloor', () => {
  it('keeps the post’s usual text MIN_TEXT_DEVICE_PX tall on the person’s screen', () => {
    expect(legibleFloor(1, placed(5000), TEXT_PX)).toBe(FLOOR);
    // 16 px text: 44 % keeps it 7 device px tall (7.04).
    expect(legibleFloor(1, placed(5000), 16)).toBe(0.44);
    expect(0.44 * 16).toBeGreaterThanOrEqual(MIN_TEXT_DEVICE_PX);
    // Small text stops higher.
    expect(legibleFloor(1, placed(5000), 12)).toBe(0.59);
  });

  it('goes lower on a screen with more device pixels, whatever the person’s zoom, never below 40 % (the layout’s width)', () => {
    const retina = (zoom: number): Placement => {
      const p = placed(5000, zoom);
      return { ...p, viewport: { ...p.viewport, devicePixelRatio: 2 * zoom } };
    };
    expect(legibleFloor(1, retina(1), 16)).toBe(0.4);
    expect(legibleFloor(1.25, retina(1.25), 10)).toBe(0.4);
    expect(legibleFloor(1, retina(1), 30)).toBe(0.4);
    expect(legibleFloor(1, retina(1), 8)).toBe(0.44);
  });
});

describe('zoomToFit', () => {
  it('leaves a post that fits, and lowers the zoom just enough for a taller one', () => {
    expect(zoomToFit(1, placed(800), FLOOR)).toBeNull();
    const factor = zoomToFit(1, placed(1400), FLOOR) ?? 0;
    expect(factor).toBeLessThan(1);
    // At that zoom the view, below the same bars, holds the post.
    expect(900 / factor - 53).toBeGreaterThanOrEqual(1400);
    expect(factor).toBeGreaterThan(0.55);
  });

  it('never goes below the floor, nor above the person’s own zoom', () => {
    expect(zoomToFit(1, placed(5000), FLOOR)).toBe(FLOOR);
    expect(zoomToFit(FLOOR, placed(5000, FLOOR), FLOOR)).toBeNull();
    // A person at 125 %: the factor is relative to the page, the fit to what the view holds now.
    const factor = zoomToFit(1.25, placed(900, 1.25), FLOOR) ?? 0;
    expect(factor).toBeLessThan(1.25);
    expect((900 * 1.25) / factor - 53).toBeGreaterThanOrEqual(900);
  });
});

describe('zoomPostToFit', () => {
  let zoom = 1;
  let scope: 'per-origin' | 'per-tab' = 'per-origin';
  const setZoom = vi.fn(async (_tab: number, factor: number) => {
    zoom = factor;
  });
  const setZoomSettings = vi.fn(async (_tab: number, settings: { scope?: 'per-origin' | 'per-tab' }) => {
    scope = settings.scope ?? scope;
  });

  beforeEach(() => {
    zoom = 1;
    scope = 'per-origin';
    setZoom.mockClear();
    setZoomSettings.mockClear();
    scrollPostInTab.mockReset();
    Object.assign(fakeBrowser.tabs, {
      getZoom: async () => zoom,
      getZoomSettings: async () => ({ mode: 'automatic', scope, defaultZoomFactor: 1 }),
      setZoom,
      setZoomSettings,
    });
  });

  it('zooms this tab only, places the post again, and puts zoom and scope back', async () => {
    scrollPostInTab.mockImplementation(async () => placed(1400, zoom));
    const zoomed = await zoomPostToFit(7, 0, placed(1400), TEXT_PX);
    expect(zoomed?.factor).toBeLessThan(1);
    expect(setZoomSettings).toHaveBeenCalledWith(7, { mode: 'automatic', scope: 'per-tab' });
    expect(zoomed?.placement.viewport.height).toBeCloseTo(900 / (zoomed?.factor ?? 1));
    await zoomed?.restore();
    expect(zoom).toBe(1);
    expect(scope).toBe('per-origin');
  });

  it('looks again until the page has its new size', async () => {
    let looks = 0;
    scrollPostInTab.mockImplementation(async () => (++looks < 3 ? placed(1400) : placed(1400, zoom)));
    const zoomed = await zoomPostToFit(7, 0, placed(1400), TEXT_PX);
    expect(looks).toBe(3);
    expect(zoomed?.placement.viewport.height).toBeGreaterThan(900);
  });

  it('zooms once more where a post that grew with the wider view still fits lower', async () => {
    // Its box keeps its aspect ratio: 0.2 px of height more for each CSS pixel of width.
    const growing = () => placed(1400 + 0.2 * (view.width / zoom - view.width), zoom);
    scrollPostInTab.mockImplementation(async () => growing());
    const zoomed = await zoomPostToFit(7, 0, placed(1400), TEXT_PX);
    expect(setZoom).toHaveBeenCalledTimes(2);
    const [first, second] = setZoom.mock.calls.map(([, factor]) => factor);
    expect(second).toBeLessThan(first ?? 0);
    expect(zoomed?.factor).toBe(second);
    const fitted = zoomed?.placement;
    expect(fitted?.rect.height).toBeLessThanOrEqual((fitted?.viewport.height ?? 0) - 53);
  });

  it('captures at the person’s zoom a post that grows as fast as the view', async () => {
    // A box as wide as the view, kept at its aspect ratio: no zoom fits more of it in the view.
    scrollPostInTab.mockImplementation(async () => placed(1400 / zoom, zoom));
    const zoomed = await zoomPostToFit(7, 0, placed(1400), TEXT_PX);
    expect(zoomed?.factor).toBeNull();
    expect(zoom).toBe(1);
    expect(scope).toBe('per-origin');
    expect(zoomed?.placement.viewport.height).toBe(900);
  });

  it('keeps the first lower zoom when it takes as few screenshots as any lower one', async () => {
    // Grows a little less than the view: 5 screenshots at 100 %, 3 at any lower zoom.
    scrollPostInTab.mockImplementation(async () => placed(2400 + 1000 / zoom, zoom));
    const zoomed = await zoomPostToFit(7, 0, placed(3400), TEXT_PX);
    expect(setZoom).toHaveBeenCalledTimes(1);
    expect(zoomed?.factor).toBe(FLOOR);
  });

  it('leaves the zoom alone where the browser zooms the whole site (Firefox) or another extension holds it', async () => {
    setZoomSettings.mockRejectedValueOnce(new Error('Unsupported zoom settings'));
    expect(await zoomPostToFit(7, 0, placed(1400), TEXT_PX)).toBeNull();
    Object.assign(fakeBrowser.tabs, {
      getZoomSettings: async () => ({ mode: 'manual', scope: 'per-tab', defaultZoomFactor: 1 }),
    });
    expect(await zoomPostToFit(7, 0, placed(1400), TEXT_PX)).toBeNull();
    expect(setZoom).not.toHaveBeenCalled();
  });

  it('puts the zoom back when placing the post fails', async () => {
    scrollPostInTab.mockRejectedValue(new Error('The page did not scroll the post'));
    await expect(zoomPostToFit(7, 0, placed(1400), TEXT_PX)).rejects.toThrow(/did not scroll/);
    expect(zoom).toBe(1);
    expect(scope).toBe('per-origin');
  });
});
