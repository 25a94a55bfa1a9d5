import { getReport } from '../db/reports';
import { syncReminders } from '../follow-up/reminders';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { errorText } from '../i18n/error-text';
import type { Report } from '../model';
import { type CheckDeps, type CheckedPost, checkPost } from './check-post';
import { closeOpened, type Sleep, sleep } from './open-page';
import { recordRecheck } from './record';
import { isActive, loadRun, type RecheckDone, type RecheckRun, updateRun } from './run-state';

// Runs the rechecks asked for, one page at a time with a pause between them, until the queue is
// empty or the person stops it. A run lives in storage (run-state.ts): a worker stopped in the
// middle is taken up by the next one (`resumeRechecks` at its start).

/** Between two rechecks: one tab at a time, and a platform never sees a burst of visits. */
export const PAUSE_MS = 5000;

export interface RunnerDeps {
  check?: (report: Report, deps: CheckDeps) => Promise<CheckedPost>;
  wait?: Sleep;
  now?: () => Date;
}

/** Starts a run of `reportIds`, or adds them to the run under way (never two at once). */
export async function startRechecks(
  reportIds: readonly string[],
  trigger: RecheckRun['trigger'],
  deps: RunnerDeps = {},
): Promise<RecheckRun | null> {
  const now = (deps.now?.() ?? new Date()).toISOString();
  const run = await updateRun((run) => {
    if (!isActive(run)) {
      const queue = [...new Set(reportIds)];
      return {
        id: crypto.randomUUID(),
        trigger,
        startedAt: now,
        total: queue.length,
        queue,
        current: null,
        opened: null,
        done: [],
        resumed: 0,
        cancelRequested: false,
        cancelled: false,
        finishedAt: null,
      };
    }
    const known = new Set([...run.queue, run.current, ...run.done.map((d) => d.reportId)]);
    const added = [...new Set(reportIds)].filter((id) => !known.has(id));
    return { ...run, queue: [...run.queue, ...added], total: run.total + added.length };
  });
  void drive(deps);
  return run;
}

/** Asks the run to stop after the recheck under way; what was recorded stays. */
export async function cancelRechecks(): Promise<RecheckRun | null> {
  return updateRun((run) => (isActive(run) ? { ...run, cancelRequested: true } : run));
}

/** At a worker's start: a run left unfinished by a stopped worker goes on. */
export async function resumeRechecks(deps: RunnerDeps = {}): Promise<void> {
  if (isActive(await loadRun())) await drive(deps);
}

let driving: Promise<void> | null = null;

/** The one loop of this worker; a second call waits for it rather than starting another. */
export function drive(deps: RunnerDeps = {}): Promise<void> {
  driving ??= loop(deps).finally(() => {
    driving = null;
  });
  return driving;
}

/** The next report to check: the one a stopped worker left (its page closed first), else the queue's. */
async function takeNext(now: string): Promise<string | null> {
  let left: RecheckRun['opened'] = null;
  const run = await updateRun((run) => {
    if (!isActive(run)) return run;
    if (run.cancelRequested || (run.current === null && run.queue.length === 0))
      return { ...run, cancelled: run.cancelRequested, finishedAt: now };
    if (run.current !== null) {
      left = run.opened;
      return { ...run, opened: null, resumed: run.resumed + 1 };
    }
    const [next = null, ...queue] = run.queue;
    return { ...run, current: next, queue };
  });
  if (left) await closeOpened(left);
  return isActive(run) ? run.current : null;
}

async function checkOne(reportId: string, deps: RunnerDeps): Promise<RecheckDone> {
  try {
    const report = await getReport(reportId);
    if (!report) throw new CatalogueError(t('recheckErrorReportDeleted'));
    const checked = await (deps.check ?? checkPost)(report, {
      wait: deps.wait,
      now: deps.now,
      onOpened: async (opened) => {
        await updateRun((run) => (run?.current === reportId ? { ...run, opened } : run));
      },
    });
    await recordRecheck(reportId, checked);
    const { outcome, screenshot } = checked.result;
    return { reportId, outcome, screenshot, error: null };
  } catch (error) {
    return { reportId, outcome: null, screenshot: null, error: errorText(error).slice(0, 2000) };
  }
}

async function loop(deps: RunnerDeps): Promise<void> {
  const wait = deps.wait ?? sleep;
  for (;;) {
    const reportId = await takeNext((deps.now?.() ?? new Date()).toISOString());
    if (reportId === null) break;
    const done = await checkOne(reportId, deps);
    const run = await updateRun((run) =>
      run?.current === reportId ? { ...run, current: null, opened: null, done: [...run.done, done] } : run,
    );
    // A post found removed settles its notices' reminders.
    if (done.outcome === 'removed')
      await syncReminders().catch((error: unknown) => console.warn('Constat: reminders not updated', error));
    if (isActive(run) && run.queue.length > 0 && !run.cancelRequested) await wait(PAUSE_MS);
  }
}
