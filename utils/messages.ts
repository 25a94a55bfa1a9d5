import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { logExportSchema } from './export/log-export';
import { menuContextSchema } from './model';
import { listingSchema } from './pileon/listing';
import { captureProgressSchema } from './pileon/progress';
import { recheckRunSchema } from './recheck/run-state';

// Every message between the extension's contexts, declared once and parsed where it is received.

export const requestSchema = z.discriminatedUnion('type', [
  /**
   * Runs the context-menu report on a tab (default: the active tab), from the last right-click.
   * `menu` is what the browser's menu would say of that click (tests stand in for the menu).
   */
  z.object({
    type: z.literal('report-target'),
    tabId: z.number().int().nonnegative().optional(),
    menu: menuContextSchema.optional(),
  }),
  /** A capture whose save failed, as a log export file the user can download. */
  z.object({ type: z.literal('unsaved-capture'), reportId: z.uuid() }),
  /** Tries again to store a capture whose save failed. */
  z.object({ type: z.literal('retry-save'), reportId: z.uuid() }),
  /** Training mode: the same capture as `report-target`, stored as a training example, never reported. */
  z.object({
    type: z.literal('tag-target'),
    tabId: z.number().int().nonnegative().optional(),
    menu: menuContextSchema.optional(),
  }),
  /** Opens a pile-on collection for the thread in a tab (default: the active tab). */
  z.object({ type: z.literal('pileon-open'), tabId: z.number().int().nonnegative().optional() }),
  /** The post attacked and every reply seen so far in the thread's tab. */
  z.object({ type: z.literal('pileon-list'), tabId: z.number().int().nonnegative() }),
  /** Captures the ticked replies (by key) into the collection; answers when done or cancelled. */
  z.object({
    type: z.literal('pileon-capture'),
    collectionId: z.uuid(),
    tabId: z.number().int().nonnegative(),
    keys: z.array(z.string().min(1).max(8192)).min(1).max(5000),
  }),
  z.object({ type: z.literal('pileon-progress'), collectionId: z.uuid() }),
  z.object({ type: z.literal('pileon-cancel'), collectionId: z.uuid() }),
  /** Closes (open: false) or reopens a collection; only an open one grows from other threads. */
  z.object({ type: z.literal('pileon-set-open'), collectionId: z.uuid(), open: z.boolean() }),
  /** "Still online?": rechecks these reports' posts, one at a time (joining a run under way). */
  z.object({ type: z.literal('recheck-start'), reportIds: z.array(z.uuid()).min(1).max(100_000) }),
  /** Where the rechecks stand; stops them after the one under way. */
  z.object({ type: z.literal('recheck-progress') }),
  z.object({ type: z.literal('recheck-cancel') }),
  /** A notice changed in a page: the background rebuilds the reminders (the page may close first). */
  z.object({ type: z.literal('reminders-sync') }),
]);
export type Request = z.infer<typeof requestSchema>;

export const reportOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    reportId: z.uuid(),
    target: z.enum(['post', 'page']),
    warnings: z.array(z.string()),
  }),
  z.object({
    ok: z.literal(false),
    error: z.string(),
    /** Set when the capture was made but not stored: the background keeps it for download or retry. */
    unsavedReportId: z.uuid().optional(),
  }),
]);
export type ReportOutcome = z.infer<typeof reportOutcomeSchema>;

const unsavedCaptureAnswerSchema = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), error: z.string(), file: logExportSchema }),
  z.object({ found: z.literal(false) }),
]);

const retryAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const tagOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), exampleId: z.uuid(), warnings: z.array(z.string()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const pileonOpenAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), collectionId: z.uuid() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const pileonListAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), listing: listingSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const responseSchemas = {
  'report-target': reportOutcomeSchema,
  'unsaved-capture': unsavedCaptureAnswerSchema,
  'retry-save': retryAnswerSchema,
  'tag-target': tagOutcomeSchema,
  'pileon-open': pileonOpenAnswerSchema,
  'pileon-list': pileonListAnswerSchema,
  'pileon-capture': captureProgressSchema,
  'pileon-progress': captureProgressSchema.nullable(),
  'pileon-cancel': z.object({ ok: z.boolean() }),
  'pileon-set-open': retryAnswerSchema,
  'recheck-start': recheckRunSchema.nullable(),
  'recheck-progress': recheckRunSchema.nullable(),
  'recheck-cancel': recheckRunSchema.nullable(),
  'reminders-sync': z.object({ ok: z.boolean() }),
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
