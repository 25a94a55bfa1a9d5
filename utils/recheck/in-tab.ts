import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import { RECHECK_READER_KEY } from './reader-key';
import { type PageReading, pageReadingSchema } from './reading';

// The background's side of the recheck reader: injected into the tab the recheck opened, then
// called by name. Needs host access to the page: every platform of the registry has it.

async function callOnce(tabId: number, wanted: string) {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: async (key: string, address: string) => {
      const api = (
        globalThis as unknown as Record<string, { read(a: string): Promise<unknown> } | undefined>
      )[key];
      return api ? { installed: true, value: await api.read(address) } : { installed: false };
    },
    args: [RECHECK_READER_KEY, wanted],
  });
  return result?.result as { installed: boolean; value?: unknown } | undefined;
}

/** What the page in `tabId` shows of the post at `wanted`. */
export async function readPostInTab(tabId: number, wanted: string): Promise<PageReading> {
  let answer = await callOnce(tabId, wanted);
  if (!answer?.installed) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: ['/recheck-reader.js'],
    });
    answer = await callOnce(tabId, wanted);
  }
  const parsed = pageReadingSchema.safeParse(answer?.value);
  if (!parsed.success)
    throw new CatalogueError(
      fill(t('recheckErrorUnreadableAnswer'), { detail: zodIssuesText(parsed.error) }),
    );
  return parsed.data;
}
