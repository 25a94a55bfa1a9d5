import { browser } from 'wxt/browser';
import { type PanelView, panelShownSchema, type ShowInPanel } from './panel-messages';

/** Sends the view to the window's panel; true only when that panel answered that it shows it. */
export async function showInPanel(windowId: number, view: PanelView): Promise<boolean> {
  const message: ShowInPanel = { type: 'panel-show', windowId, view };
  try {
    return panelShownSchema.safeParse(await browser.runtime.sendMessage(message)).success;
  } catch {
    // No page listens (the panel closed meanwhile).
    return false;
  }
}
