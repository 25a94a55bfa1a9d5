import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { viewportHeightReached } from '../../../utils/capture/page-geometry';

// A zoom change reaches the page as a resize: the post is placed once the view has its new height.

class FakeView extends EventTarget {
  innerHeight = 900;
  setTimeout = (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number;
  clearTimeout = (id: number) => clearTimeout(id);
  resizeTo(height: number) {
    this.innerHeight = height;
    this.dispatchEvent(new Event('resize'));
  }
}

const asWindow = (view: FakeView) => view as unknown as Window;

describe('viewportHeightReached', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers at once when the view has the height already', async () => {
    const settled = vi.fn();
    void viewportHeightReached(asWindow(new FakeView()), 901).then(settled);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalled();
  });

  it('answers at the resize that brings the height, not at one before it', async () => {
    const view = new FakeView();
    const settled = vi.fn();
    void viewportHeightReached(asWindow(view), 1216).then(settled);
    view.resizeTo(1000);
    await vi.advanceTimersByTimeAsync(10);
    expect(settled).not.toHaveBeenCalled();
    view.resizeTo(1216);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalled();
  });

  it('gives up waiting when no resize comes', async () => {
    const settled = vi.fn();
    void viewportHeightReached(asWindow(new FakeView()), 1800).then(settled);
    await vi.advanceTimersByTimeAsync(399);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(settled).toHaveBeenCalled();
  });
});
