import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Chrome's quota: two screenshots in a window of one second opened by the first call.
const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgo=';

async function freshCapture() {
  vi.resetModules();
  return (await import('../../../utils/capture/screenshot')).captureVisibleTab;
}

describe('captureVisibleTab pacing', () => {
  const calls: number[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ now: 10_000 });
    calls.length = 0;
    Object.assign(fakeBrowser.tabs, {
      captureVisibleTab: vi.fn(async () => {
        calls.push(Date.now());
        return PNG_DATA_URL;
      }),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('takes two screenshots at once and the third in the next window', async () => {
    const capture = await freshCapture();
    await capture(1);
    await capture(1);
    const third = capture(1);
    await vi.advanceTimersByTimeAsync(2000);
    await third;
    const [first = 0, second, third_ = 0] = calls;
    expect(second).toBe(first);
    expect(third_ - first).toBeGreaterThanOrEqual(1000);
    expect(third_ - first).toBeLessThan(1100);
  });

  it('waits for no window once the last one has closed', async () => {
    const capture = await freshCapture();
    await capture(1);
    await capture(1);
    await vi.advanceTimersByTimeAsync(1500);
    const start = Date.now();
    await capture(1);
    await capture(1);
    expect(calls.slice(2)).toEqual([start, start]);
  });

  it('waits and tries again when the browser counts a window this side did not see', async () => {
    const capture = await freshCapture();
    const quota = new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
    const refuseOnce = vi.fn(async () => {
      calls.push(Date.now());
      if (calls.length === 1) throw quota;
      return PNG_DATA_URL;
    });
    Object.assign(fakeBrowser.tabs, { captureVisibleTab: refuseOnce });
    const shot = capture(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect((await shot).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(2);
    const [refused = 0, taken = 0] = calls;
    expect(taken - refused).toBeGreaterThanOrEqual(500);
  });

  it('gives up at once on an error other than the quota', async () => {
    const capture = await freshCapture();
    Object.assign(fakeBrowser.tabs, {
      captureVisibleTab: vi.fn(async () => {
        throw new Error('Cannot access contents of the page');
      }),
    });
    await expect(capture(1)).rejects.toThrow(/Cannot access/);
  });
});
