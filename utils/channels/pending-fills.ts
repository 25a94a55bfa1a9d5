import { browser } from 'wxt/browser';
import { z } from 'zod';
import { fillPlanSchema } from '../form-fill/plan';

// Tabs opened on a channel's form, waiting to be filled on each page load (server-rendered steps
// reload the page). Kept in session storage, so a service worker stopped between two steps of a
// form, as Chrome does when it is idle, still fills the next one.

const KEY = 'pendingFills';
/** A form left open longer than this is no longer filled: the person has moved on. */
export const PENDING_FILL_MS = 60 * 60 * 1000;

// Stored as JSON text: extension storage drops object keys whose value is null (the plan's `guide`).
const planJsonSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(fillPlanSchema);

const pendingFillSchema = z.object({
  plan: planJsonSchema,
  /** The pages of the channel's form: anywhere else (a link followed away), nothing is filled. */
  patterns: z.array(z.string()),
  /**
   * Filled on the first load only: a post's report menu is guided once, so that another post the
   * person opens later in that tab never gets this notice's reason and comment.
   */
  once: z.boolean(),
  expiresAt: z.number(),
});
export type PendingFill = z.output<typeof pendingFillSchema>;

const storeSchema = z.record(z.string(), pendingFillSchema);
type StoredFill = z.input<typeof pendingFillSchema>;

async function readAll(): Promise<Record<string, PendingFill>> {
  const parsed = storeSchema.safeParse((await browser.storage.session.get(KEY))[KEY] ?? {});
  // An unreadable entry is dropped: the worst outcome is a form left for the person to fill.
  return parsed.success ? parsed.data : {};
}

async function writeAll(all: Record<string, PendingFill>): Promise<void> {
  const stored: Record<string, StoredFill> = {};
  for (const [tabId, fill] of Object.entries(all))
    stored[tabId] = { ...fill, plan: JSON.stringify(fill.plan) };
  await browser.storage.session.set({ [KEY]: stored });
}

export async function addPendingFill(tabId: number, fill: Omit<PendingFill, 'expiresAt'>, now = Date.now()) {
  const all = await readAll();
  all[tabId] = { ...fill, expiresAt: now + PENDING_FILL_MS };
  await writeAll(all);
}

export async function pendingFillFor(tabId: number, now = Date.now()): Promise<PendingFill | null> {
  const fill = (await readAll())[tabId];
  if (!fill) return null;
  if (fill.expiresAt > now) return fill;
  await removePendingFill(tabId);
  return null;
}

export async function removePendingFill(tabId: number): Promise<void> {
  const all = await readAll();
  if (!(tabId in all)) return;
  delete all[tabId];
  await writeAll(all);
}
