import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raidReplies } from '../fixtures/pileon/raid';
import { threadPage } from '../fixtures/pileon/thread-pages';
import { ConstatBrowser } from '../harness/constat-browser';
import { openPileon, pileonPage } from '../harness/pileon-flow';

// Pile-on mode in Chromium with the built extension: a 60-reply raid on X whose replies load as
// the page scrolls; the assistant ticks the 40 hostile ones; one capture stores each as a log report
// with its hashes, sharing screenshots; one notice names the 40 addresses; the timeline counts them.

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
});

const sha256 = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');

/** Scrolls the thread to its end until the page has loaded every reply, as a person would. */
async function scrollToEnd(thread: Page, replies: number): Promise<void> {
  await thread.bringToFront();
  await expect
    .poll(
      async () => {
        await thread.mouse.wheel(0, 4000);
        return thread.locator('article[data-testid="tweet"]').count();
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(replies + 1);
}

describe('pile-on mode on X, in Chromium', () => {
  it('documents a 60-reply raid: 40 ticked, captured with hashes, one notice, the timeline', async () => {
    const replies = raidReplies();
    const { url, html } = threadPage('x', replies, { initial: 15, batch: 10 });
    const thread = await browser.openPage(url, html);
    const opened = await openPileon(browser, thread);
    const { collectionId } = opened;
    // Without the menu's gesture, the page opens in a tab beside the thread.
    const pileon = await pileonPage(browser, opened);
    await expect.poll(() => pileon.getByText('15 replies found').count(), { timeout: 15_000 }).toBe(1);

    await scrollToEnd(thread, replies.length);
    await expect.poll(() => pileon.getByText('60 replies found').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => pileon.getByTestId('ticked-count').textContent()).toBe('40');
    const hostile = replies.filter((r) => r.hostile);
    const ticked = await pileon
      .locator('input[type=checkbox]:checked')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('data-key')));
    expect(ticked.sort()).toEqual(
      hostile.map((r) => `https://x.com/${r.handle}/status/${1980000000000000000n + BigInt(r.n)}`).sort(),
    );

    await pileon.getByRole('button', { name: /Capture the ticked replies/ }).click();
    await expect
      .poll(() => pileon.getByTestId('evidence-list').locator('li').count(), { timeout: 90_000 })
      .toBe(40);

    // Forty log reports, each with its crop, HTML, metadata and the screenshot it was cut from.
    const collection = await browser.readCollection(collectionId);
    expect(collection?.items).toHaveLength(40);
    const screenshots = new Set<string>();
    for (const item of collection?.items ?? []) {
      const report = await browser.readReport(item.reportId);
      expect(report).toMatchObject({
        platform: 'x',
        target: 'post',
        extracted: { kind: 'reply' },
        warnings: [],
      });
      const evidence = await browser.readEvidence(item.reportId);
      expect(evidence.map((e) => e.kind).sort()).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
      for (const e of evidence) expect(sha256(e.base64)).toBe(e.sha256);
      screenshots.add(evidence.find((e) => e.kind === 'screenshot')!.sha256);
    }
    // Shared screenshots: far fewer than one per reply.
    expect(screenshots.size).toBeLessThanOrEqual(20);

    // One notice, every address in it; the panel gives them one by one.
    await pileon.bringToFront();
    await pileon.locator('select').first().selectOption('en');
    const notice = (await pileon.getByTestId('notice-text').inputValue()) ?? '';
    for (const item of collection?.items ?? []) expect(notice).toContain(item.permalink);
    expect(notice).toContain('40 replies posted by 20 distinct accounts');
    expect(notice).toContain('Code pénal, art. 222-33-2-2');
    expect(notice).toContain('Loi du 29 juillet 1881');
    await expect.poll(() => pileon.getByTestId('address-count').textContent()).toBe('Address 1 of 40');

    // The timeline: 40 replies from 20 authors, per hour as the raid was written.
    expect(await pileon.getByTestId('count-replies').textContent()).toBe('40');
    expect(await pileon.getByTestId('count-authors').textContent()).toBe('20');
    const perHour = new Map<number, number>();
    for (const r of hostile)
      perHour.set(
        new Date(r.publishedAt).getUTCHours(),
        (perHour.get(new Date(r.publishedAt).getUTCHours()) ?? 0) + 1,
      );
    const rows = await pileon.getByTestId('per-hour').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(rows.map(Number)).toEqual([...perHour.values()]);
    await browser.closeOtherPages();
  });
});
