import { browser } from 'wxt/browser';
import { z } from 'zod';
import { recheckOutcomeSchema } from './reading';
import { screenshotNotes } from './result';

// Where the rechecks stand, kept in extension storage rather than in the worker's memory: the
// browser stops an idle service worker whenever it likes, and the next one picks the run up from
// here (the report under way is checked again; nothing of it was stored, since a recheck is stored
// in one transaction). Every change goes through `updateRun`, one after another.

const isoDateTime = z.iso.datetime({ offset: false });
const reportId = z.string().min(1).max(200);
const MAX_REPORTS = 100_000;

export const recheckRunSchema = z.object({
  id: z.uuid(),
  /** The person asked (a report, the due list, a selection), or the periodic rechecks they allowed. */
  trigger: z.enum(['person', 'periodic']),
  startedAt: isoDateTime,
  total: z.number().int().nonnegative(),
  queue: z.array(reportId).max(MAX_REPORTS),
  current: reportId.nullable(),
  /** The window or tab opened for `current`: closed by the next worker if this one stopped first. */
  opened: z.object({ tabId: z.number().int(), windowId: z.number().int().nullable() }).nullable(),
  done: z
    .array(
      z.object({
        reportId,
        outcome: recheckOutcomeSchema.nullable(),
        screenshot: z.enum(screenshotNotes).nullable(),
        error: z.string().max(2000).nullable(),
      }),
    )
    .max(MAX_REPORTS),
  /** How many times a stopped worker's run was taken up again. */
  resumed: z.number().int().nonnegative(),
  cancelRequested: z.boolean(),
  cancelled: z.boolean(),
  finishedAt: isoDateTime.nullable(),
});
export type RecheckRun = z.infer<typeof recheckRunSchema>;
export type RecheckDone = RecheckRun['done'][number];

const KEY = 'recheckRun';

/** The run last started; null when none was, or when what is stored cannot be read (it is then replaced). */
export async function loadRun(): Promise<RecheckRun | null> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = recheckRunSchema.safeParse(stored);
  if (stored !== undefined && !parsed.success)
    console.warn('Constat: the stored recheck run is unreadable', parsed.error.message);
  return parsed.success ? parsed.data : null;
}

let updating: Promise<unknown> = Promise.resolve();

/** Applies `change` to the stored run and stores the result; changes never overlap. */
export function updateRun(change: (run: RecheckRun | null) => RecheckRun | null): Promise<RecheckRun | null> {
  const next = updating.then(async () => {
    const run = change(await loadRun());
    if (run) await browser.storage.local.set({ [KEY]: recheckRunSchema.parse(run) });
    return run;
  });
  updating = next.catch(() => undefined);
  return next;
}

export const isActive = (run: RecheckRun | null): run is RecheckRun =>
  run !== null && run.finishedAt === null;
