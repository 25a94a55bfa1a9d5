import { z } from 'zod';

// Between the background and Constat's panel beside the page (Chrome's side panel, Firefox's sidebar).

/** The background asks the panel of one window to show a report that was just stored. */
export const showInPanelSchema = z.object({
  type: z.literal('panel-show'),
  windowId: z.number().int(),
  reportId: z.uuid(),
});
export type ShowInPanel = z.infer<typeof showInPanelSchema>;

/** The panel's answer: only a panel of that window answers, and only once it shows the report. */
export const panelShownSchema = z.object({ shown: z.literal(true) });
