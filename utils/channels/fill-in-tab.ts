import { MatchPattern } from '@webext-core/match-patterns';
import type { FieldOutcome, FillPlan } from '../form-fill/plan';
import { callInjected, InjectedCallError, injectScript } from '../injected/call-injected';
import { pendingFillFor, removePendingFill } from './pending-fills';

/** Injects the form filler into a tab and runs it with `plan`; returns what it did to each field. */
export async function fillInTab(tabId: number, plan: FillPlan): Promise<FieldOutcome[]> {
  // Injected every time: each load of a multi-step form is a new page without the filler.
  await injectScript({ tabId }, 'formFiller');
  try {
    return await callInjected({ tabId }, 'formFiller', 'run', plan);
  } catch (error) {
    // An answer that is not a list of outcomes (a page that broke the script) means nothing was filled.
    if (error instanceof InjectedCallError) return [];
    throw error;
  }
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
