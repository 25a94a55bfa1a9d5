import { callInjected, injectScript } from '../injected/call-injected';
import type { Extraction, ExtractRequest, Placement } from './extraction';

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

/**
 * Scrolls the extracted post so that its row `offset` (CSS px) is at the top of the view, once the
 * view is `viewportHeight` tall when a zoom change is under way.
 */
export function scrollPostInTab(
  tabId: number,
  frameId: number,
  offset: number,
  viewportHeight?: number,
): Promise<Placement> {
  const request = viewportHeight === undefined ? { offset } : { offset, viewportHeight };
  return callInjected({ tabId, frameIds: [frameId] }, 'extractor', 'scrollReportedPost', request);
}
