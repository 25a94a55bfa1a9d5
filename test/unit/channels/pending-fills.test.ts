import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillIfPending, urlMatches } from '../../../utils/channels/fill-in-tab';
import { panelStrings } from '../../../utils/channels/panel-strings';
import {
  addPendingFill,
  PENDING_FILL_MS,
  pendingFillFor,
  removePendingFill,
} from '../../../utils/channels/pending-fills';
import type { FillPlan } from '../../../utils/form-fill/plan';
import { installInjectedApi } from '../../../utils/injected/install';
import { fakeScripting } from '../injected/fake-scripting';

const plan: FillPlan = {
  channelId: 'x-dsa',
  title: 'X',
  lang: 'fr',
  strings: panelStrings('fr'),
  fields: [],
  guide: null,
};
const patterns = ['https://help.x.com/*'];

describe('forms waiting to be filled', () => {
  it('survives the service worker: the fill is read back from session storage', async () => {
    await addPendingFill(7, { plan, patterns, once: false }, 1000);
    expect(await pendingFillFor(7, 2000)).toEqual({
      plan,
      patterns,
      once: false,
      expiresAt: 1000 + PENDING_FILL_MS,
    });
    expect(await pendingFillFor(8, 2000)).toBeNull();
  });

  it('forgets a form left open too long, and a closed tab', async () => {
    await addPendingFill(7, { plan, patterns, once: false }, 1000);
    expect(await pendingFillFor(7, 1000 + PENDING_FILL_MS + 1)).toBeNull();
    await addPendingFill(9, { plan, patterns, once: false }, 1000);
    await removePendingFill(9);
    expect(await pendingFillFor(9, 2000)).toBeNull();
  });

  it('drops a damaged store rather than filling from it', async () => {
    await fakeBrowser.storage.session.set({ pendingFills: { 7: { plan: 'nonsense' } } });
    expect(await pendingFillFor(7)).toBeNull();
  });

  it('guides a post’s report menu on the first load only, never on the next page of that tab', async () => {
    const page = fakeScripting({
      '/form-filler.js': () => installInjectedApi('formFiller', { run: () => [] }),
    });
    const { executeScript } = page.scripting;
    Object.assign(fakeBrowser, { scripting: page.scripting });
    await addPendingFill(7, { plan, patterns: ['*://mastodon.social/*'], once: true });
    await fillIfPending(7, 'https://mastodon.social/@a/1');
    expect(executeScript).toHaveBeenCalledTimes(2); // the script, then its run
    await fillIfPending(7, 'https://mastodon.social/@b/2');
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(await pendingFillFor(7)).toBeNull();
    page.reset();
  });

  it('fills only the channel’s own pages, never a page the person followed a link to', () => {
    expect(urlMatches('https://help.x.com/forms/dsa/report?content_id=1', patterns)).toBe(true);
    expect(urlMatches('https://evil.example/forms/dsa/report', patterns)).toBe(false);
  });
});
