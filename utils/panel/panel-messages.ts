import { z } from 'zod';

// Between the background and Constat's panel beside the page (Chrome's side panel, Firefox's sidebar).

/** What the panel shows: a report's composer, or a pile-on collection beside its thread. */
export const panelViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), reportId: z.uuid() }),
  z.object({
    kind: z.literal('collection'),
    collectionId: z.uuid(),
    /** The thread's tab, which the collection page lists and captures. */
    tabId: z.number().int().nonnegative(),
  }),
]);
export type PanelView = z.infer<typeof panelViewSchema>;

/** The background asks the panel of one window to show a report or a collection it just made. */
export const showInPanelSchema = z.object({
  type: z.literal('panel-show'),
  windowId: z.number().int(),
  view: panelViewSchema,
});
export type ShowInPanel = z.infer<typeof showInPanelSchema>;

/** The panel's answer: only a panel of that window answers, and only once it shows the view. */
export const panelShownSchema = z.object({ shown: z.literal(true) });

/** The page that shows a view in a tab of its own, when no panel is open. */
export function pagePathOf(view: PanelView): string {
  return view.kind === 'report'
    ? `composer.html?id=${encodeURIComponent(view.reportId)}`
    : `pileon.html?id=${encodeURIComponent(view.collectionId)}&tab=${view.tabId}`;
}
