import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collection } from '../../utils/pileon/collection';
import { raidReplies } from '../fixtures/pileon/raid';
import { type ThreadPlatform, threadPage } from '../fixtures/pileon/thread-pages';
import { ConstatBrowser } from '../harness/constat-browser';
import { openPileon, pileonPage } from '../harness/pileon-flow';

// Pile-on mode in a French Chromium (browser language fr: the collection page, its notice and its
// printable summary in French), on Mastodon, Threads and TikTok, whose replies load as the page
// scrolls. PILEON_PICTURES=1 also saves the README's pictures of the reply picker and the
// collection page (docs/images/), from the Mastodon run.

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch({ locale: 'fr-FR' });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the thread and its collection page; scrolls the thread until every reply is listed. */
async function documentThread(platform: ThreadPlatform, count: number) {
  const replies = raidReplies(count);
  const { url, html } = threadPage(platform, replies, { initial: Math.min(10, count), batch: 10 });
  const thread = await browser.openPage(url, html);
  const opened = await openPileon(browser, thread);
  const pileon = await pileonPage(browser, opened);
  await expect.poll(() => pileon.getByText('Réponses de la page').count(), { timeout: 15_000 }).toBe(1);
  await thread.bringToFront();
  await expect
    .poll(
      async () => {
        await thread.mouse.wheel(0, 4000);
        return pileon.getByText(`${count} réponses trouvées`).count();
      },
      { timeout: 30_000, interval: 400 },
    )
    .toBe(1);
  const hostile = replies.filter((r) => r.hostile).length;
  await expect.poll(() => pileon.getByTestId('ticked-count').textContent()).toBe(String(hostile));
  return { replies, thread, pileon, collectionId: opened.collectionId, hostile };
}

async function capture(pileon: Page, collectionId: string, expected: number) {
  await pileon.bringToFront();
  await pileon.getByRole('button', { name: /Capturer les réponses cochées/ }).click();
  await expect
    .poll(() => pileon.getByTestId('evidence-list').locator('li').count(), { timeout: 90_000 })
    .toBe(expected);
  const collection = await browser.readCollection(collectionId);
  expect(collection?.items).toHaveLength(expected);
  return collection as Collection;
}

/** The top of the reply picker and of the attack's overview, as the README shows them. */
async function savePictures(pileon: Page): Promise<void> {
  if (process.env.PILEON_PICTURES !== '1') return;
  mkdirSync('docs/images', { recursive: true });
  await pileon.setViewportSize({ width: 1000, height: 700 });
  for (const [section, name] of [
    ['.pileon-picker', 'pileon-picker-fr.png'],
    ['.pileon-overview', 'pileon-collection-fr.png'],
  ] as const) {
    await pileon.locator(section).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await pileon.screenshot({ path: `docs/images/${name}` });
  }
}

describe('pile-on mode in French, in Chromium', () => {
  it('documents a 60-reply raid on Mastodon: the page, the notice and the summary in French', async () => {
    const { pileon, collectionId, hostile } = await documentThread('mastodon', 60);
    const collection = await capture(pileon, collectionId, hostile);
    for (const item of collection.items)
      expect(item.permalink).toMatch(/^https:\/\/mastodon\.social\/@raider_\d+\/\d+$/);
    await savePictures(pileon);

    const notice = await pileon.getByTestId('notice-text').inputValue();
    for (const item of collection.items) expect(notice).toContain(item.permalink);
    expect(notice).toContain('40 réponses publiées par 20 comptes distincts');
    expect(notice).toContain('harcèlement moral en ligne');
    expect(await pileon.getByTestId('count-authors').textContent()).toBe('20');
    const summary = pileon.getByTestId('summary');
    expect(await summary.getAttribute('lang')).toBe('fr');
    const printed = (await summary.textContent()) ?? '';
    expect(printed).toContain('Récapitulatif d’une attaque coordonnée en ligne');
    expect(printed).toContain('Chronologie');
    await browser.closeOtherPages();
  });

  it('documents a raid on Threads, every reply at its own address', async () => {
    const { pileon, collectionId, hostile } = await documentThread('threads', 20);
    const collection = await capture(pileon, collectionId, hostile);
    const notice = await pileon.getByTestId('notice-text').inputValue();
    for (const item of collection.items) {
      expect(item.permalink).toMatch(/^https:\/\/www\.threads\.com\/@raider_\d+\/post\/DRaid\d+$/);
      expect(notice).toContain(item.permalink);
    }
    await browser.closeOtherPages();
  });

  it('documents a raid in TikTok comments, each at the address TikTok’s comment links take, dated by its id', async () => {
    const { pileon, collectionId, hostile, replies } = await documentThread('tiktok', 20);
    const collection = await capture(pileon, collectionId, hostile);
    const notice = await pileon.getByTestId('notice-text').inputValue();
    const times = new Set(replies.map((r) => r.publishedAt));
    for (const item of collection.items) {
      expect(item.permalink).toMatch(/^https:\/\/www\.tiktok\.com\/@lea_writes\/video\/\d+\?comment_id=\d+$/);
      expect(times.has(item.publishedAt ?? '')).toBe(true);
      expect(notice).toContain(item.permalink);
    }
    await browser.closeOtherPages();
  });
});
