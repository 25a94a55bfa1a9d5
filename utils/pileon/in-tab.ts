import { browser } from 'wxt/browser';
import { LISTER_KEY, type ListerApi } from './lister-key';
import { type Listing, listingSchema, type Shown, shownSchema } from './listing';

// The background's side of the reply lister: injected once into the thread's tab, then called by
// name. Needs host access to the page (every platform of the registry has it) or `activeTab`.

async function callOnce(tabId: number, method: keyof ListerApi, argument: unknown) {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: async (key: string, name: string, arg: unknown) => {
      const api = (globalThis as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[
        key
      ];
      return api ? { installed: true, value: await api[name]?.(arg) } : { installed: false };
    },
    args: [LISTER_KEY, method, argument],
  });
  return result?.result as { installed: boolean; value?: unknown } | undefined;
}

async function callLister(
  tabId: number,
  method: keyof ListerApi,
  argument: unknown = null,
): Promise<unknown> {
  const first = await callOnce(tabId, method, argument);
  if (first?.installed) return first.value;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/pileon-lister.js'] });
  return (await callOnce(tabId, method, argument))?.value;
}

/** The post attacked and every reply seen on the page so far. */
export async function listRepliesInTab(tabId: number): Promise<Listing> {
  const parsed = listingSchema.safeParse(await callLister(tabId, 'list'));
  if (!parsed.success)
    throw new Error(`The page returned an unreadable list of replies: ${parsed.error.message}`);
  return parsed.data;
}

/** Scrolls reply `first` into view and says which of `wanted` show whole beside it. */
export async function showRepliesInTab(tabId: number, first: string, wanted: string[]): Promise<Shown> {
  const parsed = shownSchema.safeParse(await callLister(tabId, 'show', { first, wanted }));
  if (!parsed.success) throw new Error(`The page did not place the replies: ${parsed.error.message}`);
  return parsed.data;
}
