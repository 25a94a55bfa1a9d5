import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { expandCollapsedText } from '../../../utils/collapsed-text/expand';
import type { PostData } from '../../../utils/model';
import { adapterForPage } from '../../../utils/platforms';
import type { ExtractedPost, PlatformAdapter } from '../../../utils/platforms/types';
import { type Case, diffCase, judgeFailure, loadCases } from '../../harness/case-contract';

// Runs cases of docs/FIXTURES.md in happy-dom: the page is loaded at the case's url, the adapter is
// picked from that url by the registry (as the extension does), then findPost and extract run on the
// target. Platforms reuse it with their own folder: `describeCasesInDom('X', 'x')` runs test/fixtures/x.

/** test/fixtures, where each platform's cases have a folder of their own. */
export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface LoadedPage {
  document: Document;
  close: () => Promise<void>;
}

/**
 * A page parsed at `url`, with scripts, styles, frames and navigation all off; `runScripts` runs
 * its inline scripts (a case's page standing for the platform's own script, e.g. "See more").
 */
export function loadPage(html: string, url: string, runScripts = false): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      enableJavaScriptEvaluation: runScripts,
      suppressInsecureJavaScriptEnvironmentWarning: runScripts,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  window.document.write(html);
  // happy-dom's classes mirror the DOM's but have their own types; the adapter only uses the DOM's.
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

/** What the extension would extract for `testCase`, or why it cannot (as a first differing field). */
export async function runCaseInDom(testCase: Case): Promise<string | null> {
  const { url, platform, target, options } = testCase.case;
  const html = readFileSync(testCase.htmlPath, 'utf8');
  const expand = options?.expandCollapsed === true;
  const page = loadPage(html, url, expand);
  try {
    const adapter = adapterForPage(new URL(url), page.document);
    if (!adapter) return `platform: expected "${platform}", got null`;
    const element = page.document.querySelector(target);
    if (!element) return `target: ${target} matches nothing`;
    const found = adapter.findPost(element);
    if (!found) return 'post: the adapter found no post at the target';
    const postOf = (el: Element) => adapter.findPost(el);
    const refind = () => {
      const again = page.document.querySelector(target);
      return again ? adapter.findPost(again) : null;
    };
    // The DOM's own Window type (this file's `Window` is happy-dom's class).
    const win = page.document.defaultView as unknown as Parameters<typeof expandCollapsedText>[4];
    const { post } = expand
      ? await expandCollapsedText(found, postOf, refind, adapter.showMoreOpensPost === true, win)
      : { post: found };
    if (!post) return 'post: the post left the page when its text was expanded';
    const extracted = adapter.extract(post, new URL(url));
    // An embedded post names its own platform; any other is the page's adapter's.
    const data: PostData = { ...extracted, platform: extracted.platform ?? adapter.id };
    if (data.platform !== platform) return `platform: expected "${platform}", got "${data.platform}"`;
    return judgeFailure(testCase.case.expect, html, diffCase(testCase.case.expect, data));
  } finally {
    await page.close();
  }
}

/**
 * A `<label> cases (test/fixtures/<folder>)` block: one test per case in that folder, and one that
 * fails when it holds none.
 */
export function describeCasesInDom(label: string, folder: string): void {
  describe(`${label} cases (test/fixtures/${folder})`, () => {
    const cases = loadCases(resolve(fixturesDir, folder));
    it('has cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const testCase of cases) {
      it(testCase.name, async () => {
        expect(await runCaseInDom(testCase)).toBeNull();
      });
    }
  });
}

/**
 * An adapter's targeted tests, on pages written in the test: `open` loads `html` at `url` (the
 * page `defaultUrl` unless told), and `extractAt` extracts the post the adapter finds at the
 * `index`-th element matching `selector`, as a right-click there would. Every page opened during a
 * test is closed after it.
 */
export function adapterTestBed(adapter: PlatformAdapter, defaultUrl: string) {
  let pages: LoadedPage[] = [];
  afterEach(async () => {
    const opened = pages;
    pages = [];
    await Promise.all(opened.map((page) => page.close()));
  });

  function open(html: string, url = defaultUrl): Document {
    const page = loadPage(html, url);
    pages.push(page);
    return page.document;
  }

  function extractAt(html: string, selector: string, url = defaultUrl, index = 0): ExtractedPost {
    const element = open(html, url).querySelectorAll(selector)[index];
    if (!element) throw new Error(`no ${selector}`);
    const post = adapter.findPost(element);
    if (!post) throw new Error('no post');
    return adapter.extract(post, new URL(url));
  }

  return { open, extractAt };
}

/** The page addresses an adapter must serve, and those it must refuse. */
export interface HostExpectations {
  serves?: string[];
  refuses?: string[];
}

/**
 * Expects `adapter` to serve every url of `serves` and none of `refuses`, on `doc` (the test's own
 * document unless told); a failure names the url.
 */
export function expectHosts(
  adapter: PlatformAdapter,
  { serves = [], refuses = [] }: HostExpectations,
  doc: Document = document,
): void {
  for (const url of serves) {
    expect(adapter.matchesPage(new URL(url), doc), `${adapter.id} should serve ${url}`).toBe(true);
  }
  for (const url of refuses) {
    expect(adapter.matchesPage(new URL(url), doc), `${adapter.id} should refuse ${url}`).toBe(false);
  }
}
