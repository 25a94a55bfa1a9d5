import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { raidReplies } from '../../fixtures/pileon/raid';
import { threadPage } from '../../fixtures/pileon/thread-pages';
import type { ConstatBrowser } from '../../harness/constat-browser';
import { openPileon } from '../../harness/pileon-flow';

/** Polls `read` until it returns true; the capture of many replies takes a while on a busy machine. */
async function until(read: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await read())) {
    if (Date.now() > end) throw new Error(`Pile-on: gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Scrolls the thread until every reply has loaded, as a person would. */
async function scrollToEnd(thread: Page, replies: number): Promise<void> {
  await thread.bringToFront();
  await until(async () => {
    await thread.mouse.wheel(0, 4000);
    return (await thread.locator('article[data-testid="tweet"]').count()) === replies + 1;
  }, 'the thread to load every reply');
}

/** The notice with its list of addresses cut to the first three, for the terminal. */
function abridged(notice: string): string {
  const lines = notice.split('\n');
  const addresses = lines.filter((line) => line.startsWith('https://'));
  const kept = lines.filter((line) => !line.startsWith('https://') || addresses.indexOf(line) < 3);
  const afterList = kept.indexOf(addresses[2] ?? '') + 1;
  if (afterList > 0) kept.splice(afterList, 0, `… ${addresses.length} addresses in all`);
  return kept.join('\n');
}

/**
 * Pile-on mode on a made-up raid on X (the pile-on tests' thread): the replies listed as the thread
 * scrolls, the hostile ones ticked, captured as log reports, then the collection's timeline and its
 * one notice naming every address.
 */
export async function pileOn(browser: ConstatBrowser, outDir: string): Promise<void> {
  console.log('\n— A pile-on —');
  const replies = raidReplies();
  const { url, html } = threadPage('x', replies, { initial: 15, batch: 10 });
  const thread = await browser.openPage(url, html);
  console.log(`A made-up thread of ${replies.length} replies at ${url}: documenting its replies…`);
  // As the menu item "Document the replies on this page…" does: activeTab granted, then the message.
  const { tabId, collectionId } = await openPileon(browser, thread);
  const pagePath = `pileon.html?id=${collectionId}&tab=${tabId}`;
  await until(
    async () => browser.context.pages().some((p) => p.url().includes(pagePath)),
    'the pile-on page',
  );
  const pileon = browser.context.pages().find((p) => p.url().includes(pagePath)) as Page;

  await scrollToEnd(thread, replies.length);
  await until(
    async () => (await pileon.getByText(`${replies.length} replies found`).count()) === 1,
    'the list',
  );
  const ticked = await pileon.getByTestId('ticked-count').textContent();
  await pileon.bringToFront();
  await pileon.screenshot({ path: join(outDir, 'pileon-replies.png'), fullPage: true });
  console.log(`${replies.length} replies listed; the assistant ticked ${ticked}. Capturing them…`);

  await pileon.getByRole('button', { name: /Capture the ticked replies/ }).click();
  await until(
    async () => (await pileon.getByTestId('evidence-list').locator('li').count()) === Number(ticked),
    'the capture',
  );
  await pileon.locator('select').first().selectOption('en');
  await pileon.screenshot({ path: join(outDir, 'pileon-collection.png'), fullPage: true });
  await pileon.locator('section.pileon-overview').screenshot({ path: join(outDir, 'pileon-timeline.png') });
  await pileon.getByTestId('notice-text').scrollIntoViewIfNeeded();
  await pileon.screenshot({ path: join(outDir, 'pileon-notice.png') });

  const repliesCount = await pileon.getByTestId('count-replies').textContent();
  const authors = await pileon.getByTestId('count-authors').textContent();
  const notice = await pileon.getByTestId('notice-text').inputValue();
  console.log(
    `Captured ${repliesCount} replies from ${authors} accounts, each a log report with its hashes.`,
  );
  console.log('The one notice for all of it:');
  console.log(abridged(notice).replace(/^/gm, '  '));
  console.log(`Written to ${outDir}: pileon-replies.png, pileon-collection.png, pileon-timeline.png,`);
  console.log('  pileon-notice.png');
  await browser.closeOtherPages();
}
