import { browser } from 'wxt/browser';
import { type PanelView, type ShowInPanel, showInPanelSchema } from './panel-messages';

/**
 * The panel's side: shows the views (reports, collections) sent to its own window and answers that it did, so the
 * background opens no tab. `windowId` is read at each message (it is known once the page asked).
 * Returns the function that stops listening.
 */
export function listenForPanelViews(
  windowId: () => number | null,
  show: (view: PanelView) => void,
): () => void {
  const listener = (message: unknown): Promise<{ shown: true }> | undefined => {
    const parsed = showInPanelSchema.safeParse(message);
    if (!parsed.success || !isFor(parsed.data, windowId())) return undefined;
    show(parsed.data.view);
    return Promise.resolve({ shown: true });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

const isFor = (message: ShowInPanel, windowId: number | null) =>
  windowId !== null && message.windowId === windowId;
