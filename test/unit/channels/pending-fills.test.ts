import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { urlMatches } from '../../../utils/channels/fill-in-tab';
import {
  addPendingFill,
  PENDING_FILL_MS,
  pendingFillFor,
  removePendingFill,
} from '../../../utils/channels/pending-fills';
import type { FillPlan } from '../../../utils/form-fill/plan';

const plan: FillPlan = { channelId: 'x-dsa', title: 'X', lang: 'fr', fields: [], guide: null };
const patterns = ['https://help.x.com/*'];

describe('forms waiting to be filled', () => {
  it('survives the service worker: the fill is read back from session storage', async () => {
    await addPendingFill(7, { plan, patterns }, 1000);
    expect(await pendingFillFor(7, 2000)).toEqual({ plan, patterns, expiresAt: 1000 + PENDING_FILL_MS });
    expect(await pendingFillFor(8, 2000)).toBeNull();
  });

  it('forgets a form left open too long, and a closed tab', async () => {
    await addPendingFill(7, { plan, patterns }, 1000);
    expect(await pendingFillFor(7, 1000 + PENDING_FILL_MS + 1)).toBeNull();
    await addPendingFill(9, { plan, patterns }, 1000);
    await removePendingFill(9);
    expect(await pendingFillFor(9, 2000)).toBeNull();
  });

  it('drops a damaged store rather than filling from it', async () => {
    await fakeBrowser.storage.session.set({ pendingFills: { 7: { plan: 'nonsense' } } });
    expect(await pendingFillFor(7)).toBeNull();
  });

  it('fills only the channel’s own pages, never a page the person followed a link to', () => {
    expect(urlMatches('https://help.x.com/forms/dsa/report?content_id=1', patterns)).toBe(true);
    expect(urlMatches('https://evil.example/forms/dsa/report', patterns)).toBe(false);
  });
});
