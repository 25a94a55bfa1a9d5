import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { expect, it } from 'vitest';
import type { PostData } from '../../../utils/model';
import { adapterForPage } from '../../../utils/platforms';
import { type Case, diffCase, loadCases } from '../../harness/case-contract';

// Runs cases of shared/FIXTURES.md in happy-dom: the page is loaded at the case's url, the adapter is
// picked from that url by the registry (as the extension does), then findPost and extract run on the
// target. Platforms reuse it with their own folder: `describeCasesInDom(<test/fixtures/platform>)`.

export interface LoadedPage {
  document: Document;
  close: () => Promise<void>;
}

/** A page parsed at `url`, with scripts, styles, frames and navigation all off. */
export function loadPage(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, navigation: { disableMainFrameNavigation: true } },
  });
  window.document.write(html);
  // happy-dom's classes mirror the DOM's but have their own types; the adapter only uses the DOM's.
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

/** What the extension would extract for `testCase`, or why it cannot (as a first differing field). */
export async function runCaseInDom(testCase: Case): Promise<string | null> {
  const { url, platform, target } = testCase.case;
  const page = loadPage(readFileSync(testCase.htmlPath, 'utf8'), url);
  try {
    const adapter = adapterForPage(new URL(url), page.document);
    if (adapter?.id !== platform) {
      return `platform: expected "${platform}", got ${JSON.stringify(adapter?.id ?? null)}`;
    }
    const element = page.document.querySelector(target);
    if (!element) return `target: ${target} matches nothing`;
    const post = adapter.findPost(element);
    if (!post) return 'post: the adapter found no post at the target';
    const data: PostData = { platform: adapter.id, ...adapter.extract(post, new URL(url)) };
    return diffCase(testCase.case.expect, data);
  } finally {
    await page.close();
  }
}

/** One test per case under `dir`, and one that fails when `dir` holds none. */
export function describeCasesInDom(dir: string): void {
  const cases = loadCases(dir);
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const testCase of cases) {
    it(testCase.name, async () => {
      expect(await runCaseInDom(testCase)).toBeNull();
    });
  }
}
