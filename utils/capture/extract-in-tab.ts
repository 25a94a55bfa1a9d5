import { browser } from 'wxt/browser';
import { type Extraction, type ExtractRequest, extractionSchema } from './extraction';
import { EXTRACT_FUNCTION_KEY } from './target-slot';

/**
 * Injects the extractor into the frame that was right-clicked and runs it. Needs host permission
 * on the page or `activeTab`, which the menu click (or the popup) grants.
 */
export async function extractInTab(
  tabId: number,
  frameId: number,
  request: ExtractRequest,
): Promise<Extraction> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, files: ['/extractor.js'] });
  const [result] = await browser.scripting.executeScript({
    target,
    func: (key: string, req: unknown) => {
      const extract = (globalThis as unknown as Record<string, (r: unknown) => Promise<unknown>>)[key];
      return extract ? extract(req) : null;
    },
    args: [EXTRACT_FUNCTION_KEY, request],
  });
  const parsed = extractionSchema.safeParse(result?.result);
  if (!parsed.success) throw new Error(`The page returned an unreadable capture: ${parsed.error.message}`);
  return parsed.data;
}
