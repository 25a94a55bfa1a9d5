import { installInjectedApi, isInstalled } from '../injected/install';
import { fillForm } from './fill';
import { type GuideProgress, highlightGuideSteps, openDialogs, openReportDialog } from './guide';
import { openPanel, type Panel } from './panel';
import { type FieldOutcome, type FillPlan, fillPlanSchema } from './plan';
import { watchForChanges } from './watch';

// One form-filling session per page: the plan, the panel, the watcher and what was filled. The
// background calls `run` (utils/injected/scripts.ts) after injecting the script and again after each load of a multi-step form;
// a second call on the same page refills what is missing and redraws the same panel.

/** Marked on the page's performance timeline when it is first filled or guided (read by `npm run bench`). */
export const FILLED_MARK = 'constat-form-filled';

export interface FormFiller {
  run(plan: unknown): FieldOutcome[];
}

export function createFormFiller(doc: Document): FormFiller {
  let plan: FillPlan | null = null;
  let panel: Panel | null = null;
  let guide: GuideProgress | null = null;
  let stopWatching: (() => void) | null = null;
  const selectedSteps = new Set<number>();
  let marked = false;
  const markFilled = () => {
    if (!marked) doc.defaultView?.performance.mark(FILLED_MARK);
    marked = true;
  };

  const pass = (): FieldOutcome[] => {
    if (!plan) return [];
    if (plan.guide) highlightGuideSteps(doc, plan.guide.steps, selectedSteps);
    // In-product flows fill the report dialog only, never the page's own composer behind it.
    const outcomes = fillForm(doc, plan, plan.guide ? openDialogs(doc) : [doc]);
    panel?.update({ plan, outcomes, guide });
    return outcomes;
  };
  const safePass = () => {
    try {
      pass();
    } catch {
      // The page changed under the pass; the next change runs it again.
    }
  };

  return {
    run(input) {
      const parsed = fillPlanSchema.safeParse(input);
      if (!parsed.success) throw new Error(`Constat: unreadable fill plan: ${parsed.error.message}`);
      plan = parsed.data;
      if (!panel?.host.isConnected) panel = openPanel(doc, plan.strings);
      if (plan.guide && guide === null && openDialogs(doc).length > 0) {
        // The person opened the report dialog already: nothing to click.
        guide = 'opened';
      } else if (plan.guide && guide === null) {
        openReportDialog(doc, plan.guide.postUrl, (progress) => {
          guide = progress;
          safePass();
          if (progress === 'opened') markFilled();
        });
      }
      stopWatching?.();
      stopWatching = watchForChanges(doc, safePass);
      const outcomes = pass();
      // A report dialog is guided once it opens (above); a form is filled by this first pass.
      if (!plan.guide || guide === 'opened') markFilled();
      return outcomes;
    },
  };
}

/** Installs the session once per page: a second injection of the script keeps the first session. */
export function installFormFiller(scope: Record<string, unknown>, doc: Document): void {
  if (!isInstalled('formFiller', scope)) installInjectedApi('formFiller', createFormFiller(doc), scope);
}
