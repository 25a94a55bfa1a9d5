import { callInjected } from '../injected/call-injected';
import type { Listing, Shown } from './listing';

// The background's side of the reply lister (declared in utils/injected/scripts.ts): injected once
// into the thread's tab, then called. Needs host access to the page (every platform of the registry
// has it) or `activeTab`.

/** The post attacked and every reply seen on the page so far. */
export function listRepliesInTab(tabId: number): Promise<Listing> {
  return callInjected({ tabId, frameIds: [0] }, 'pileonLister', 'list', null);
}

/** Scrolls reply `first` into view and says which of `wanted` show whole beside it. */
export function showRepliesInTab(tabId: number, first: string, wanted: string[]): Promise<Shown> {
  return callInjected({ tabId, frameIds: [0] }, 'pileonLister', 'show', { first, wanted });
}
