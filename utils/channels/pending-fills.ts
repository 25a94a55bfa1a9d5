import { browser } from 'wxt/browser';
import { z } from 'zod';
import { fillPlanSchema } from '../form-fill/plan';

// Tabs opened on a channel's form, waiting to be filled on each page load (server-rendered steps
// reload the page). Kept in session storage, so a service worker stopped between two steps of a
// form, as Chrome does when it is idle, still fills the next one.

const KEY = 'pendingFills';
/** A form left open longer than this is no longer filled: the person has moved on. */
export const PENDING_FILL_MS = 60 * 60 * 1000;

const pendingFillSchema = z.object({
  plan: fillPlanSchema,
  /** The pages of the channel's form: anywhere else (a link followed away), nothing is filled. */
  patterns: z.array(z.string()),
  expiresAt: z.number(),
});
export type PendingFill = z.infer<typeof pendingFillSchema>;

const storeSchema = z.record(z.string(), pendingFillSchema);

async function readAll(): Promise<Record<string, PendingFill>> {
  const parsed = storeSchema.safeParse((await browser.storage.session.get(KEY))[KEY] ?? {});
  // An unreadable entry is dropped: the worst outcome is a form left for the person to fill.
  return parsed.success ? parsed.data : {};
}

export async function addPendingFill(tabId: number, fill: Omit<PendingFill, 'expiresAt'>, now = Date.now()) {
  const all = await readAll();
  all[tabId] = { ...fill, expiresAt: now + PENDING_FILL_MS };
  await browser.storage.session.set({ [KEY]: all });
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
  await browser.storage.session.set({ [KEY]: all });
}
