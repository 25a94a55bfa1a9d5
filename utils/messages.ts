import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { z } from 'zod';

// Every message between the extension's contexts, declared once and parsed where it is received.

export const requestSchema = z.discriminatedUnion('type', [
  /** Runs the context-menu report on a tab (default: the active tab), from the last right-click. */
  z.object({ type: z.literal('report-target'), tabId: z.number().int().nonnegative().optional() }),
]);
export type Request = z.infer<typeof requestSchema>;

export const reportOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    reportId: z.uuid(),
    target: z.enum(['post', 'page']),
    warnings: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ReportOutcome = z.infer<typeof reportOutcomeSchema>;

const responseSchemas = {
  'report-target': reportOutcomeSchema,
} satisfies Record<Request['type'], z.ZodType>;
export type ResponseMap = { [K in keyof typeof responseSchemas]: z.infer<(typeof responseSchemas)[K]> };

/** Sends a request to the background and parses its answer. */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseMap[R['type']]> {
  const answer: unknown = await browser.runtime.sendMessage(requestSchema.parse(request));
  return responseSchemas[request.type].parse(answer) as ResponseMap[R['type']];
}

/**
 * Only the extension's own pages (popup, composer, log) may send requests: content scripts and
 * web pages never can, even though a content script shares the extension id.
 */
export function isFromExtensionPage(
  sender: Runtime.MessageSender,
  runtimeId: string,
  pageOrigin: string,
): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(pageOrigin);
}
