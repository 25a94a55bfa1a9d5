import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ConstatBrowser } from './constat-browser';
import { extensionDir } from './constat-browser';

/**
 * Bundles `entry` (a script of the test harness or bench) into the extension copy `dir` as
 * `<name>.js`, with a page `<name>.html` that loads it: an extension page running the product's code.
 */
export async function addTestPage(dir: string, entry: string, name: string): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    outfile: join(dir, `${name}.js`),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><meta charset="utf-8"><script type="module" src="./${name}.js"></script>`,
  );
}

/**
 * A copy of the built extension with one more page, `seed.html`, whose `seedLog(from, to)` writes
 * synthetic reports through the extension's storage code. The shipped build is left untouched.
 */
export async function extensionWithSeedPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'constat-seeded-'));
  cpSync(extensionDir, dir, { recursive: true });
  await addTestPage(dir, resolve(import.meta.dirname, 'seed-entry.ts'), 'seed');
  return dir;
}

/** Opens the seed page and writes reports `from`…`to` in batches; returns their ids. */
export async function seedReports(
  browser: ConstatBrowser,
  count: number,
  options: { batch?: number; seed?: number; authors?: number } = {},
): Promise<string[]> {
  const page: Page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('seed.html'));
  await page.waitForFunction(() => 'seedLog' in globalThis);
  const ids: string[] = [];
  const batch = options.batch ?? 1000;
  for (let from = 0; from < count; from += batch) {
    const to = Math.min(count, from + batch);
    ids.push(
      ...(await page.evaluate(
        ([a, b, o]) =>
          (
            globalThis as unknown as { seedLog: (a: number, b: number, o: object) => Promise<string[]> }
          ).seedLog(a, b, o),
        [from, to, { seed: options.seed, authors: options.authors }] as const,
      )),
    );
  }
  await page.close();
  return ids;
}
