import { z } from 'zod';

// Where a collection's capture stands, kept by the background while it runs and read by the page.

export const captureProgressSchema = z.object({
  running: z.boolean(),
  total: z.number().int().nonnegative(),
  /** Replies captured, already-logged replies linked, replies the page no longer has. */
  captured: z.number().int().nonnegative(),
  linked: z.number().int().nonnegative(),
  missing: z.array(z.string()),
  screenshots: z.number().int().nonnegative(),
  cancelled: z.boolean(),
  error: z.string().nullable(),
});
export type CaptureProgress = z.infer<typeof captureProgressSchema>;

const runs = new Map<string, CaptureProgress & { cancelRequested: boolean }>();

export function startProgress(collectionId: string, total: number): CaptureProgress {
  const progress = {
    running: true,
    total,
    captured: 0,
    linked: 0,
    missing: [],
    screenshots: 0,
    cancelled: false,
    error: null,
    cancelRequested: false,
  };
  runs.set(collectionId, progress);
  return progress;
}

export function progressOf(collectionId: string): CaptureProgress | null {
  const run = runs.get(collectionId);
  if (!run) return null;
  const { cancelRequested: _cancel, ...progress } = run;
  return { ...progress, missing: [...progress.missing] };
}

/** Asks a running capture to stop after the screenshot under way; what was stored stays. */
export function requestCancel(collectionId: string): boolean {
  const run = runs.get(collectionId);
  if (!run?.running) return false;
  run.cancelRequested = true;
  return true;
}

export function cancelRequested(collectionId: string): boolean {
  return runs.get(collectionId)?.cancelRequested ?? false;
}

export function updateProgress(collectionId: string, change: Partial<CaptureProgress>): void {
  const run = runs.get(collectionId);
  if (run) Object.assign(run, change);
}
