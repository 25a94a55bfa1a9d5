import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type PanelView, panelViewSchema } from './panel-messages';

// What the person last asked for (a report stored by a right-click or shown in a composer tab, a
// pile-on collection opened): what the panel shows when it opens. Kept for the browser session only,
// like an open tab would be.
const KEY = 'panelReportId';

/** Earlier versions kept a report's id alone; it still reads as that report. */
const storedViewSchema = z.union([
  panelViewSchema,
  z.uuid().transform((reportId): PanelView => ({ kind: 'report', reportId })),
]);

export async function rememberPanelView(view: PanelView): Promise<void> {
  await browser.storage.session.set({ [KEY]: panelViewSchema.parse(view) });
}

/** The view, or null when none was asked for yet (or what is stored is not one). */
export async function lastPanelView(): Promise<PanelView | null> {
  const parsed = storedViewSchema.safeParse((await browser.storage.session.get(KEY))[KEY]);
  return parsed.success ? parsed.data : null;
}
