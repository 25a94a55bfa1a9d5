import { browser } from 'wxt/browser';

// Chrome allows an extension two captureVisibleTab calls a second, counted in windows of one
// second, each opened by the first call after the last one closed (its quota's "timed limit"): two
// screenshots are taken at once, a third waits for the next window. The browser opens its window
// when the call reaches it, a little after it leaves here: a margin keeps the next one clear of it.
export const SHOTS_PER_WINDOW = 2;
const WINDOW_MS = 1000;
const WINDOW_MARGIN_MS = 40;
let windowStart = Number.NEGATIVE_INFINITY;
let shotsInWindow = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes a place in the current window, or says how long to wait for the next one. */
function reserveShot(now: number): number {
  const windowEnd = windowStart + WINDOW_MS + WINDOW_MARGIN_MS;
  if (now >= windowEnd) {
    windowStart = now;
    shotsInWindow = 0;
  }
  if (shotsInWindow < SHOTS_PER_WINDOW) {
    shotsInWindow++;
    return 0;
  }
  return windowStart + WINDOW_MS + WINDOW_MARGIN_MS - now;
}

/** The browser refused a screenshot for its quota: count this window as full from now on. */
function quotaRefused(now: number) {
  windowStart = Math.max(windowStart, now - WINDOW_MS / 2);
  shotsInWindow = SHOTS_PER_WINDOW;
}

function dataUrlToBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** PNG of the visible part of the active tab of `windowId`. */
export async function captureVisibleTab(windowId: number): Promise<Uint8Array<ArrayBuffer>> {
  for (let attempt = 0; ; attempt++) {
    for (let wait = reserveShot(Date.now()); wait > 0; wait = reserveShot(Date.now())) await sleep(wait);
    try {
      return dataUrlToBytes(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
    } catch (error) {
      const quota = String((error as Error)?.message).includes('MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND');
      if (!quota || attempt >= 2) throw error;
      quotaRefused(Date.now());
    }
  }
}
