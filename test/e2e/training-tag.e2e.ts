import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MenuContext } from '../../utils/model';
import { ConstatBrowser } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';

// "Tag as a training example…" in Chromium with the built extension: the same capture as a report,
// stored in the training database only, then tagged on the training page.

const demoThread = readFileSync(new URL('../demo/x-demo-thread.html', import.meta.url), 'utf8');
const threadUrl = 'https://x.com/constat_demo/status/1900000000000000001';

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
});

type TagOutcome = { ok: true; exampleId: string; warnings: string[] } | { ok: false; error: string };

async function tag(page: Page, menu: MenuContext): Promise<TagOutcome> {
  await browser.grantActiveTab(page);
  const tabId = await browser.tabIdOf(page);
  const control = await browser.control();
  return control.evaluate((request) => chrome.runtime.sendMessage({ type: 'tag-target', ...request }), {
    tabId,
    menu,
  });
}

/** Reads a store of a database from an extension page, bytes as base64. */
async function readStore(database: string, store: string): Promise<Record<string, unknown>[]> {
  const control = await browser.control();
  return control.evaluate(
    ({ database, store }) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return resolve([]);
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(
              request.result.map((r: Record<string, unknown>) =>
                r.bytes instanceof ArrayBuffer
                  ? { ...r, bytes: btoa(String.fromCharCode(...new Uint8Array(r.bytes))) }
                  : r,
              ),
            );
          };
        };
      }),
    { database, store },
  );
}

describe('tagging a training example in Chromium', () => {
  it('captures the post into the training database, never into the report log, and opens it for tagging', async () => {
    const page = await browser.openPage(threadUrl, demoThread);
    const menu = await rightClick(page, "article[data-testid='tweet'] [data-testid='tweetText']");
    const outcome = await tag(page, menu);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;

    const [example] = (await readStore('constat-training', 'examples')) as {
      id: string;
      text: string;
      platform: string;
      evidence: { kind: string; sha256: string }[];
      label: unknown;
    }[];
    expect(example).toMatchObject({ id: outcome.exampleId, platform: 'x', label: null });
    expect(example?.text).toContain('DEMO');
    const files = (await readStore('constat-training', 'evidence')) as {
      kind: string;
      sha256: string;
      bytes: string;
    }[];
    expect(files.map((f) => f.kind).sort()).toEqual(['html', 'metadata', 'post-crop', 'screenshot']);
    for (const file of files)
      expect(createHash('sha256').update(Buffer.from(file.bytes, 'base64')).digest('hex')).toBe(file.sha256);
    expect(await readStore('constat', 'reports')).toEqual([]);

    const url = `training.html#tag/${outcome.exampleId}`;
    await expect
      .poll(() => browser.context.pages().some((p) => p.url().endsWith(url)), { timeout: 10_000 })
      .toBe(true);
    const training = browser.context.pages().find((p) => p.url().endsWith(url))!;
    await training.waitForSelector('form.label-form');
    expect(await training.locator('#suggestion-heading').count()).toBe(0);

    await training.selectOption('#category', 'discriminatory-insult');
    await training.check('#ground-origin');
    await training.check('#severity-2');
    await training.check('#confidence-medium');
    await training.fill('#training-note', 'Made-up demo post.');
    await training.getByRole('button', { name: 'Save my answer' }).click();
    await training.waitForSelector('#suggestion-heading');

    const [tagged] = (await readStore('constat-training', 'examples')) as {
      label: Record<string, unknown>;
    }[];
    expect(tagged?.label).toMatchObject({
      categoryId: 'discriminatory-insult',
      grounds: ['origin'],
      legality: 'illegal',
      severity: 2,
      confidence: 'medium',
      note: 'Made-up demo post.',
    });
    // The guideline of the chosen category is one click away from the form.
    await training.goto(browser.extensionUrl('training.html#guidelines/discriminatory-insult'));
    await training.waitForSelector('#guideline-heading');
    expect(await training.locator('.made-up').count()).toBeGreaterThan(2);
    await browser.closeOtherPages();
  });
});
