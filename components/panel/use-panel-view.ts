import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { lastPanelView } from '../../utils/panel/last-asked';
import { listenForPanelViews } from '../../utils/panel/panel-listener';
import type { PanelView } from '../../utils/panel/panel-messages';

/** What the panel shows; `none` when nothing was asked for yet (the newest report, or how to make one). */
export type PanelContent = PanelView | { kind: 'none' };

/**
 * The panel's view: the one the person last asked for when the panel opens, then each one the
 * background sends to this window. Null while that is being read.
 */
export function usePanelView(): PanelContent | null {
  const [content, setContent] = useState<PanelContent | null>(null);

  useEffect(() => {
    let windowId: number | null = null;
    const stop = listenForPanelViews(() => windowId, setContent);
    browser.windows.getCurrent().then(
      (window?: { id?: number }) => {
        windowId = window?.id ?? null;
      },
      () => undefined,
    );
    // Unreadable: the newest report, as when none was asked for.
    const none: PanelContent = { kind: 'none' };
    lastPanelView().then(
      (view) => setContent((shown) => shown ?? view ?? none),
      () => setContent((shown) => shown ?? none),
    );
    return stop;
  }, []);

  return content;
}
