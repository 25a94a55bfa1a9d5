import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
import type { Request, ResponseMap } from '../messages';
import { captureReplies } from './capture-replies';
import { listRepliesInTab } from './in-tab';
import { refreshPileonMenu } from './menu';
import { openCollectionForTab } from './open-collection';
import { progressOf, requestCancel } from './progress';
import { setOpen } from './store';

// The background's answers to the collection page's requests (utils/messages.ts declares them).

type PileonRequest = Extract<Request, { type: `pileon-${string}` }>;

async function openForTab(tabId: number | undefined): Promise<ResponseMap['pileon-open']> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const tab = tabId === undefined ? active : await browser.tabs.get(tabId);
  if (!tab) return { ok: false, error: t('errorTabNotReadable') };
  const outcome = await openCollectionForTab(tab);
  await refreshPileonMenu();
  return outcome;
}

export async function answerPileon<R extends PileonRequest>(request: R): Promise<ResponseMap[R['type']]>;
export async function answerPileon(request: PileonRequest): Promise<ResponseMap[PileonRequest['type']]> {
  switch (request.type) {
    case 'pileon-open':
      return openForTab(request.tabId);
    case 'pileon-list':
      return listRepliesInTab(request.tabId).then(
        (listing) => ({ ok: true as const, listing }),
        (error: unknown) => ({ ok: false as const, error: errorText(error) }),
      );
    case 'pileon-capture':
      return captureReplies(request);
    case 'pileon-progress':
      return progressOf(request.collectionId);
    case 'pileon-cancel':
      return { ok: requestCancel(request.collectionId) };
    case 'pileon-set-open':
      try {
        await setOpen(request.collectionId, request.open);
        await refreshPileonMenu();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
  }
}
