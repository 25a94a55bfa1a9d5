import { afterEach, describe, expect, it } from 'vitest';
import { panelStrings } from '../../../utils/channels/panel-strings';
import { t } from '../../../utils/i18n';
import { CatalogueError } from '../../../utils/i18n/catalogue-error';
import { callInjected, InjectedCallError, injectScript } from '../../../utils/injected/call-injected';
import { injectedGlobals } from '../../../utils/injected/globals';
import { installInjectedApi } from '../../../utils/injected/install';
import { injectedFunctions, injectedScripts } from '../../../utils/injected/scripts';
import { fakeScripting } from './fake-scripting';

const target = { tabId: 4, frameIds: [0] };
const listing = {
  pageUrl: 'https://x.com/a/status/1',
  pageTitle: 'X',
  supported: true,
  target: null,
  replies: [],
};
const shownAnswer = {
  rect: { x: 0, y: 10, width: 500, height: 200 },
  viewport: { width: 800, height: 600, devicePixelRatio: 1, scrollX: 0, scrollY: 0 },
  topInset: 0,
  shown: [],
  missing: ['r2'],
};
let cleanup = () => {};
afterEach(() => cleanup());

function page(files: Record<string, () => unknown>) {
  const fake = fakeScripting(files);
  cleanup = fake.reset;
  return fake;
}

describe('callInjected', () => {
  it('injects the script when the page lacks it, then calls it and parses the result', async () => {
    let shown: unknown = null;
    const { scripting, installed } = page({
      '/pileon-lister.js': () =>
        installInjectedApi('pileonLister', {
          list: async () => listing,
          show: async (argument) => {
            shown = argument;
            return shownAnswer;
          },
        }),
    });
    expect(await callInjected(target, 'pileonLister', 'list', null, scripting)).toEqual(listing);
    expect(installed).toEqual(new Set(['/pileon-lister.js']));
    // Installed once: the next call goes straight to the function (one round trip).
    scripting.executeScript.mockClear();
    expect(
      await callInjected(target, 'pileonLister', 'show', { first: 'r1', wanted: ['r1', 'r2'] }, scripting),
    ).toEqual(shownAnswer);
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(shown).toEqual({ first: 'r1', wanted: ['r1', 'r2'] });
  });

  it('keeps null values across the boundary (the browser drops them from plain arguments)', async () => {
    let received: unknown;
    const { scripting } = page({
      '/form-filler.js': () =>
        installInjectedApi('formFiller', {
          run: (plan) => {
            received = plan;
            return [];
          },
        }),
    });
    const plan = {
      channelId: 'x-dsa',
      title: 'X',
      lang: 'fr' as const,
      strings: panelStrings('fr'),
      fields: [],
      guide: null,
    };
    expect(await callInjected({ tabId: 1 }, 'formFiller', 'run', plan, scripting)).toEqual([]);
    expect(received).toEqual(plan);
  });

  it('refuses an argument that does not match its schema before it reaches the page', async () => {
    const { scripting } = page({});
    await expect(
      callInjected(target, 'pileonLister', 'show', { first: 1 } as never, scripting),
    ).rejects.toThrow();
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it('throws a clear error for a hostile or broken answer, never hands it on', async () => {
    const { scripting } = page({
      '/extractor.js': () =>
        installInjectedApi('extractor', {
          extract: () => ({ pageUrl: 'https://x.com/', post: '<img onerror=alert(1)>' }) as never,
          scrollReportedPost: () => undefined as never,
        }),
    });
    const request = { menu: {}, maxTargetAgeMs: 1000 };
    await expect(callInjected(target, 'extractor', 'extract', request, scripting)).rejects.toThrow(
      t('injectedCaptureUnreadable'),
    );
    await expect(
      callInjected(target, 'extractor', 'scrollReportedPost', { offset: 10 }, scripting),
    ).rejects.toBeInstanceOf(InjectedCallError);
  });

  it('says so when the script installed nothing', async () => {
    const { scripting } = page({ '/pileon-lister.js': () => undefined });
    const failure = callInjected(target, 'pileonLister', 'list', null, scripting);
    await expect(failure).rejects.toThrow(t('injectedRepliesUnreadable'));
    await expect(failure).rejects.toMatchObject({ detail: 'the page has no pileonLister' });
  });
});

describe('injectScript', () => {
  it('parses what the script returned from its own run', async () => {
    const { scripting } = page({ '/extractor.js': () => ({ not: 'an extraction' }) });
    const failure = injectScript(target, 'extractor', scripting);
    await expect(failure).rejects.toBeInstanceOf(InjectedCallError);
    await expect(failure).rejects.toBeInstanceOf(CatalogueError);
    await expect(failure).rejects.toThrow(t('injectedAnswerUnreadable'));
    const quiet = page({ '/extractor.js': () => null });
    expect(await injectScript(target, 'extractor', quiet.scripting)).toBeUndefined();
  });
});

describe('the declared map', () => {
  it('has a global for every script with functions, and a built file for every script', () => {
    expect(Object.keys(injectedFunctions).sort()).toEqual(Object.keys(injectedGlobals).sort());
    for (const script of Object.values(injectedScripts)) expect(script.file).toMatch(/^\/[a-z-]+\.js$/);
  });
});
