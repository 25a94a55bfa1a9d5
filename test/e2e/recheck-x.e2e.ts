import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecheckRun } from '../../utils/recheck/run-state';
import { ConstatBrowser, type StoredEvidence } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';

// "Still online?" in Chromium with the built extension: a post reported, then rechecked while its
// address shows the post, X's removal page, then X's login wall. The shipped manifest has no access
// to all sites and no test tool can answer the browser's permission prompt, so these rechecks take
// no screenshot and must say so; the HTML copy and the sealed metadata are the new evidence.

const fixture = (name: string) => readFileSync(new URL(`../fixtures/x/${name}`, import.meta.url), 'utf8');
const sampleUrl = 'https://x.com/TestUser123/status/1981398750557065646';
const removalPage =
  '<!doctype html><html><head><title>Page not found / X</title></head><body><main><div data-testid="error-detail"><span>Hmm...this page doesn’t exist. Try searching for something else.</span></div></main></body></html>';
const loginWall =
  '<!doctype html><html><head><title>X</title></head><body><div data-testid="sheetDialog"><span>See what’s happening</span><a data-testid="loginButton" href="/login">Log in</a><a data-testid="signupButton" href="/signup">Sign up</a></div></body></html>';

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
});

const bytesOf = (e: StoredEvidence) => Buffer.from(e.base64, 'base64');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function recheck(reportId: string): Promise<RecheckRun> {
  const control = await browser.control();
  await control.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'recheck-start', reportIds: [id] }),
    reportId,
  );
  let run: RecheckRun | null = null;
  await expect
    .poll(
      async () => {
        run = (await control.evaluate(() =>
          chrome.runtime.sendMessage({ type: 'recheck-progress' }),
        )) as RecheckRun;
        return run.finishedAt !== null;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true);
  return run as unknown as RecheckRun;
}

describe('"Still online?" on X', () => {
  let reportId = '';
  let first: StoredEvidence[] = [];

  it('reports the post, then finds it still online from the report’s page', async () => {
    const page = await browser.openPage(sampleUrl, fixture('tweetyoink--x-tweet-sample.html'));
    await rightClick(page, "article[data-testid='tweet'] div[data-testid='tweetText']");
    const outcome = await browser.report(page);
    expect(outcome).toMatchObject({ ok: true, target: 'post' });
    reportId = outcome.ok ? outcome.reportId : '';
    first = await browser.readEvidence(reportId);
    await browser.closeOtherPages();

    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl(`log.html#${reportId}`));
    await log.getByRole('button', { name: 'Check whether the post is still online' }).click();
    await expect
      .poll(() => log.getByRole('status').filter({ hasText: 'Rechecks done' }).count(), { timeout: 60_000 })
      .toBe(1);
    expect(await log.locator('.recheck-results li').getAttribute('data-outcome')).toBe('online');
    await log.close();
  });

  it('records "removed" with new evidence once the address shows X’s removal page; the first capture stays', async () => {
    browser.server.set(sampleUrl, removalPage);
    const run = await recheck(reportId);
    expect(run.done.at(-1)).toMatchObject({ reportId, outcome: 'removed', screenshot: 'no-permission' });

    const evidence = await browser.readEvidence(reportId);
    for (const e of first) expect(evidence).toContainEqual(e);
    for (const e of evidence) expect(sha256(bytesOf(e))).toBe(e.sha256);
    const htmls = evidence.filter((e) => e.kind === 'recheck-html').map((e) => bytesOf(e).toString('utf8'));
    expect(htmls.some((html) => html.includes('this page doesn’t exist'))).toBe(true);
    const metadata = evidence
      .filter((e) => e.kind === 'recheck-metadata')
      .map((e) => JSON.parse(bytesOf(e).toString()));
    // Files come back in no particular order: the removal's is the one saying so.
    const removal = metadata.find((m) => m.recheck.outcome === 'removed');
    expect(removal).toMatchObject({
      reportId,
      recheck: { outcome: 'removed', obstacle: 'post-unavailable', screenshot: 'no-permission' },
    });

    const report = await browser.readReport(reportId);
    expect(report?.evidence.map((e) => e.sha256).sort()).toEqual(evidence.map((e) => e.sha256).sort());
  });

  it('records "not visible" on X’s login wall', async () => {
    browser.server.set(sampleUrl, loginWall);
    const run = await recheck(reportId);
    expect(run.done.at(-1)).toMatchObject({ reportId, outcome: 'not-visible' });
    // Every recheck opened its own window and closed it: only the control page is left.
    expect(browser.context.pages().filter((p) => p.url().startsWith('https://x.com'))).toEqual([]);
  });

  it('goes on after the browser stops the worker in the middle of a recheck, closing the window it left', async () => {
    // A page where X's adapter sees neither the post nor an obstacle: the reader keeps looking for
    // seconds, long enough to stop the worker while the recheck's window is open.
    browser.server.set(
      sampleUrl,
      '<!doctype html><html><head><title>X</title></head><body><p>Loading…</p></body></html>',
    );
    const control = await browser.control();
    await control.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'recheck-start', reportIds: [id] }),
      reportId,
    );
    await expect
      .poll(
        async () => {
          const run = (await control.evaluate(() =>
            chrome.runtime.sendMessage({ type: 'recheck-progress' }),
          )) as RecheckRun;
          return run.current === reportId && run.opened !== null;
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(true);
    await browser.stopServiceWorker();
    // The next message wakes a new worker, which takes the run up from storage.
    const run = await recheck(reportId);
    expect(run.resumed).toBe(1);
    expect(run.done.at(-1)).toMatchObject({ reportId, outcome: 'unknown' });
    await expect
      .poll(() => browser.context.pages().filter((p) => p.url().startsWith('https://x.com')).length)
      .toBe(0);
  });
});
