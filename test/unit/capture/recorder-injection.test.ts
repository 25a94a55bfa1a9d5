import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectRecorderIntoOpenTabs } from '../../../utils/capture/recorder-injection';
import { platformMatchPatterns } from '../../../utils/platforms';

describe('injectRecorderIntoOpenTabs', () => {
  it('injects the target recorder into every open platform tab that accepts it', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
      {
        id: 2,
        index: 1,
        highlighted: false,
        active: false,
        pinned: false,
        incognito: false,
        discarded: true,
      },
      { id: 3, index: 2, highlighted: false, active: false, pinned: false, incognito: false },
    ] as never);
    const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 3) throw new Error('Cannot access contents of the page');
      return [];
    });
    fakeBrowser.scripting = { executeScript } as never;

    expect(await injectRecorderIntoOpenTabs()).toBe(1);
    expect(query).toHaveBeenCalledWith({ url: platformMatchPatterns });
    expect(platformMatchPatterns).toContain('*://x.com/*');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 1 }, files: ['/target-recorder.js'] });
    expect(executeScript).not.toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 2 } }));
  });
});
