import { browser } from 'wxt/browser';
import {
  type Extraction,
  type ExtractRequest,
  extractionSchema,
  type Placement,
  placementSchema,
} from './extraction';
import { PAGE_API_KEY } from './target-slot';

// The background's side of the extractor: inject it into the right-clicked frame, call it by name.
// Needs host permission on the page or `activeTab`, which the menu click (or the popup) grants.

async function callPageApi(
  tabId: number,
  frameId: number,
  name: string,
  argument: unknown,
): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (key: string, method: string, arg: unknown) => {
      const api = (globalThis as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[
        key
      ];
      return api?.[method] ? api[method](arg) : null;
    },
    args: [PAGE_API_KEY, name, argument],
  });
  return result?.result;
}

export async function extractInTab(
  tabId: number,
  frameId: number,
  request: ExtractRequest,
): Promise<Extraction> {
  const [injected] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: ['/extractor.js'],
  });
  // The extractor answers at once when it found a recorded right-click; else it needs the request.
  // The shortcut always sends it: an earlier right-click is not what the person means now; so does
  // a capture allowed to expand collapsed text, which the immediate answer never does.
  const immediate = request.via === 'shortcut' || request.expandCollapsed ? undefined : injected?.result;
  const answer = immediate ?? (await callPageApi(tabId, frameId, 'extract', request));
  const parsed = extractionSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`The page returned an unreadable capture: ${parsed.error.message}`);
  return parsed.data;
}

/** Scrolls the extracted post so that its row `offset` (CSS px) is at the top of the view. */
export async function scrollPostInTab(tabId: number, frameId: number, offset: number): Promise<Placement> {
  const parsed = placementSchema.safeParse(await callPageApi(tabId, frameId, 'scrollReportedPost', offset));
  if (!parsed.success) throw new Error(`The page did not scroll the post: ${parsed.error.message}`);
  return parsed.data;
}
