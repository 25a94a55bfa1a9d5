import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstatBrowser } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';
import { xSampleHtml, xSampleUrl } from '../harness/x-sample';

// The trained model in the built extension: the composer loads its chunk on first use and explains
// a suggestion on hate that uses no slur; the background (the capture path) never loads it.

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('composer with the trained model, in Chromium with the built extension', () => {
  it('loads the model lazily and explains the suggestion', async () => {
    const page = await browser.openPage(xSampleUrl, xSampleHtml);
    await rightClick(page, "article[data-testid='tweet'] div[data-testid='tweetText']");
    const outcome = await browser.report(page);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const composerUrl = `composer.html?id=${outcome.reportId}`;
    await expect
      .poll(() => browser.context.pages().some((p) => p.url().includes(composerUrl)), { timeout: 10_000 })
      .toBe(true);
    const composer = browser.context.pages().find((p) => p.url().includes(composerUrl));
    if (!composer) throw new Error('no composer');

    await composer.waitForSelector('.model-explanation', { timeout: 30_000 });
    await composer.fill(
      '#field-text',
      'Les musulmans sont une plaie pour ce pays, il faut les renvoyer chez eux',
    );
    await composer.waitForSelector('.model-rules li[data-rule="violence-or-exclusion"]', { timeout: 10_000 });
    expect(await composer.locator('.model-target').textContent()).toContain('musulmans');
    expect(await composer.locator('.model-explanation .highlighted-text mark').count()).toBeGreaterThan(0);
    expect(await composer.locator('.suggestion .suggested-grounds').textContent()).toMatch(/Religion/);

    const [worker] = browser.context.serviceWorkers();
    const loaded = await worker?.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((loaded ?? []).filter((name) => name.includes('hate-model'))).toEqual([]);
    await browser.closeOtherPages();
  }, 90_000);
});
