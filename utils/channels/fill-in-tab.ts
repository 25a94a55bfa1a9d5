import { MatchPattern } from '@webext-core/match-patterns';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { type FieldOutcome, type FillPlan, fieldOutcomeSchema } from '../form-fill/plan';
import { pendingFillFor, removePendingFill } from './pending-fills';

/** Injects the form filler into a tab and runs it with `plan`; returns what it did to each field. */
export async function fillInTab(tabId: number, plan: FillPlan): Promise<FieldOutcome[]> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/form-filler.js'] });
  // Sent as JSON text: the browser drops object keys whose value is null from script arguments.
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (json: string) =>
      (
        globalThis as unknown as { __constatFormFiller?: { run(p: unknown): unknown } }
      ).__constatFormFiller?.run(JSON.parse(json)) ?? null,
    args: [JSON.stringify(plan)],
  });
  // An answer that is not a list of outcomes (a page that broke the script) means nothing was filled.
  const outcomes = z.array(fieldOutcomeSchema).safeParse(result?.result);
  return outcomes.success ? outcomes.data : [];
}

export function urlMatches(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => new MatchPattern(p).includes(url));
}

/** On each finished load of a tab waiting for a fill: fills it if it still shows the channel's form. */
export async function fillIfPending(tabId: number, url: string | undefined): Promise<void> {
  // Every tab's loads arrive here; a tab whose address Constat may not read (no host access, so no
  // form it could fill) costs no storage read.
  if (!url) return;
  const pending = await pendingFillFor(tabId);
  if (!pending || !urlMatches(url, pending.patterns)) return;
  if (pending.once) await removePendingFill(tabId);
  await fillInTab(tabId, pending.plan);
}
