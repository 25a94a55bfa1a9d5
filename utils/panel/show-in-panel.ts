import { browser } from 'wxt/browser';
import { panelShownSchema, type ShowInPanel } from './panel-messages';

/** Sends the report to the window's panel; true only when that panel answered that it shows it. */
export async function showInPanel(windowId: number, reportId: string): Promise<boolean> {
  const message: ShowInPanel = { type: 'panel-show', windowId, reportId };
  try {
    return panelShownSchema.safeParse(await browser.runtime.sendMessage(message)).success;
  } catch {
    // No page listens (the panel closed meanwhile).
    return false;
  }
}
