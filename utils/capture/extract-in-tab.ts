import { type MessageKey, t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { callInjected, injectScript, type ScriptingApi } from '../injected/call-injected';
import type { Extraction, ExtractRequest, Placement, ScrollOutcome } from './extraction';

// The background's side of the extractor: inject it into the right-clicked frame, call its declared
// functions (utils/injected/scripts.ts). Needs host permission on the page or `activeTab`, which the
// menu click, the shortcut or the popup grants.

export async function extractInTab(
  tabId: number,
  frameId: number,
  request: ExtractRequest,
): Promise<Extraction> {
  const target = { tabId, frameIds: [frameId] };
  const immediate = await injectScript(target, 'extractor');
  // The extractor answers at once when it found a recorded right-click; else it needs the request.
  // The shortcut always sends it: an earlier right-click is not what the person means now; so does
  // a capture allowed to expand collapsed text, which the immediate answer never does.
  if (immediate && request.via !== 'shortcut' && !request.expandCollapsed) return immediate;
  return callInjected(target, 'extractor', 'extract', request);
}

/** The page's codes for a scroll it could not do, as the catalogue words them. */
const scrollProblems: Record<Extract<ScrollOutcome, { problem: string }>['problem'], MessageKey> = {
  'post-gone': 'captureScrollPostGone',
};

/**
 * Scrolls the extracted post so that its row `offset` (CSS px) is at the top of the view, once the
 * view is `viewportHeight` tall when a zoom change is under way.
 */
export async function scrollPostInTab(
  tabId: number,
  frameId: number,
  offset: number,
  viewportHeight?: number,
  scripting?: ScriptingApi,
): Promise<Placement> {
  const request = viewportHeight === undefined ? { offset } : { offset, viewportHeight };
  const target = { tabId, frameIds: [frameId] };
  const outcome = await callInjected(target, 'extractor', 'scrollReportedPost', request, scripting);
  if ('problem' in outcome) throw new CatalogueError(t(scrollProblems[outcome.problem]));
  return outcome;
}
