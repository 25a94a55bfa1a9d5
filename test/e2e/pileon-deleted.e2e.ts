import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raidReplies } from '../fixtures/pileon/raid';
import { threadPage } from '../fixtures/pileon/thread-pages';
import { ConstatBrowser } from '../harness/constat-browser';
import { openPileon, pileonPage } from '../harness/pileon-flow';
import { rightClick } from '../harness/right-click';

// Pile-on mode on X, what goes wrong in real raids: a reply already reported on its own is linked
// rather than captured again, and a reply deleted while the person collects is counted as gone.

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
});

const statusOf = (n: number) => String(1980000000000000000n + BigInt(n));

describe('pile-on mode on X: already logged, deleted mid-collection', () => {
  it('links the reply already in the log and counts the deleted one as no longer on the page', async () => {
    const replies = raidReplies(12);
    const { url, html } = threadPage('x', replies);
    const thread = await browser.openPage(url, html);
    // Reply 1 was reported on its own before the raid was documented.
    const menu = await rightClick(thread, `[data-reply-id="${statusOf(1)}"] [data-testid="tweetText"]`);
    const reported = await browser.report(thread, menu);
    expect(reported).toMatchObject({ ok: true });
    await browser.closeOtherPages(thread);

    const pileon = await pileonPage(browser, await openPileon(browser, thread));
    await expect.poll(() => pileon.getByText('12 replies found').count(), { timeout: 15_000 }).toBe(1);
    const hostile = replies.filter((r) => r.hostile).length;
    await expect.poll(() => pileon.getByTestId('ticked-count').textContent()).toBe(String(hostile));

    // Reply 2 (hostile, ticked) is deleted by its author before the capture.
    await thread.evaluate(
      (n) => (window as unknown as { fixtureDeleteReply(n: string): void }).fixtureDeleteReply(n),
      statusOf(2),
    );
    await expect
      .poll(() => pileon.getByText('No longer on the page (deleted?)').count(), { timeout: 15_000 })
      .toBe(1);

    await pileon.getByRole('button', { name: /Capture the ticked replies/ }).click();
    await expect
      .poll(() => pileon.getByRole('status').filter({ hasText: 'screenshots' }).textContent(), {
        timeout: 60_000,
      })
      .toMatch(new RegExp(`^${hostile - 2} captured · 1 already in the log .* · 1 no longer on the page`));
    await expect.poll(() => pileon.getByTestId('evidence-list').locator('li').count()).toBe(hostile - 1);
    const linked = pileon.getByTestId('evidence-list').locator('li', { hasText: 'already in the log' });
    expect(await linked.count()).toBe(1);
    const evidenceLink = await linked.getByRole('link', { name: 'Evidence' }).getAttribute('href');
    expect(evidenceLink).toContain((reported as { reportId: string }).reportId);
    await browser.closeOtherPages();
  });
});
