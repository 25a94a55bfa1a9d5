import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../utils/i18n';
import { checkPost } from '../../../utils/recheck/check-post';
import type { PageReading } from '../../../utils/recheck/reading';
import { makeReport, TINY_PNG } from '../factories';

const POST = 'https://x.com/example/status/1850000000000000000';

const removalPage: PageReading = {
  pageUrl: POST,
  pageTitle: 'Page not found / X',
  platform: 'x',
  found: false,
  foundBy: null,
  obstacle: 'post-unavailable',
  viewport: { width: 1280, height: 900, devicePixelRatio: 1, scrollX: 0, scrollY: 0 },
  postRect: null,
  html: '<div>Hmm...this page doesn’t exist.</div>',
};

/** The browser's side of a recheck: the page answers `reading`; access to all sites as `granted`. */
function stubBrowser(reading: PageReading, granted: boolean) {
  const executeScript = vi.fn(async () => [{ result: { installed: true, value: reading } }]);
  const capture = vi.fn(async () => `data:image/png;base64,${btoa(String.fromCharCode(...TINY_PNG))}`);
  Object.assign(fakeBrowser, {
    scripting: { executeScript },
    permissions: { contains: vi.fn(async () => granted) },
  });
  Object.assign(fakeBrowser.tabs, { captureVisibleTab: capture });
  // The fake browser's new window has no tab of its own: give it the one a browser would open.
  const createWindow = fakeBrowser.windows.create.bind(fakeBrowser.windows);
  Object.assign(fakeBrowser.windows, {
    create: async (info: { url: string }) => {
      const window = await createWindow(info);
      const tab = await fakeBrowser.tabs.create({ url: info.url, windowId: window?.id });
      return { ...window, tabs: [tab] };
    },
  });
  return { executeScript, capture };
}

const deps = { wait: async () => {}, now: () => new Date('2026-11-25T10:00:00.000Z') };

describe('one recheck', () => {
  it('records a removal page with its HTML copy and sealed metadata, and no screenshot without the access, saying so', async () => {
    const { capture } = stubBrowser(removalPage, false);
    const { result, evidence } = await checkPost(makeReport(), deps);
    expect(result).toMatchObject({ outcome: 'removed', screenshot: 'no-permission', address: POST });
    expect(capture).not.toHaveBeenCalled();
    expect(evidence.map((e) => e.kind)).toEqual(['recheck-html', 'recheck-metadata']);
    const metadata = JSON.parse(new TextDecoder().decode(evidence[1]?.bytes));
    expect(metadata.recheck.screenshot).toBe('no-permission');
    expect(metadata.artifacts[0].sha256).toBe(evidence[0]?.sha256);
  });

  it('photographs its own window when the person allowed it', async () => {
    const { capture } = stubBrowser({ ...removalPage, found: true, obstacle: null }, true);
    const { result, evidence } = await checkPost(makeReport(), deps);
    expect(result).toMatchObject({ outcome: 'online', screenshot: 'taken' });
    expect(capture).toHaveBeenCalledOnce();
    expect(evidence.map((e) => e.kind)).toEqual(['recheck-screenshot', 'recheck-html', 'recheck-metadata']);
  });

  it('keeps neither picture nor HTML of content never kept in pictures', async () => {
    const { capture } = stubBrowser({ ...removalPage, found: true, obstacle: null }, true);
    const report = makeReport({ categoryId: 'child-sexual-content' });
    const { result, evidence } = await checkPost(report, deps);
    expect(result.screenshot).toBe('never-capture');
    expect(capture).not.toHaveBeenCalled();
    expect(evidence.map((e) => e.kind)).toEqual(['recheck-metadata']);
  });

  it('says it could not tell, and why in the catalogue’s words, when the page cannot be read', async () => {
    stubBrowser(removalPage, false);
    Object.assign(fakeBrowser.scripting, {
      executeScript: vi.fn(async () => {
        throw new Error('Cannot access contents of the page');
      }),
    });
    const { result } = await checkPost(makeReport(), deps);
    expect(result).toMatchObject({ outcome: 'unknown', error: t('browserErrorPageClosedToExtensions') });
  });
});
