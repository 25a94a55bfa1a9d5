import { browser } from 'wxt/browser';

// Chrome allows two captureVisibleTab calls a second per extension; captures are paced to stay under.
const MIN_INTERVAL_MS = 520;
let lastCaptureAt = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    const wait = lastCaptureAt + MIN_INTERVAL_MS - Date.now();
    if (wait > 0) await sleep(wait);
    lastCaptureAt = Date.now();
    try {
      return dataUrlToBytes(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
    } catch (error) {
      const quota = String((error as Error)?.message).includes('MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND');
      if (!quota || attempt >= 2) throw error;
    }
  }
}
