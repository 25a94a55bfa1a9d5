import { browser } from 'wxt/browser';
import { injectScript } from '../injected/call-injected';
import { platformMatchPatterns } from '../platforms';

/**
 * Browsers run declared content scripts only in pages loaded after install or update. Tabs of the
 * supported platforms already open get the target recorder now, so that a right-click there works
 * without a reload. Tabs that refuse (discarded, or showing an error page) are skipped.
 */
export async function injectRecorderIntoOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: platformMatchPatterns });
  const injected = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return false;
      try {
        await injectScript({ tabId: tab.id }, 'targetRecorder');
        return true;
      } catch {
        return false;
      }
    }),
  );
  return injected.filter(Boolean).length;
}
