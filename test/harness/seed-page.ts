import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { DB_VERSION } from '../../utils/db/schema';
import { SCHEMA_VERSION } from '../../utils/model';
import { ConstatBrowser, chromiumPath, extensionDir } from './constat-browser';

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

export interface SeedOptions {
  batch?: number;
  seed?: number;
  authors?: number;
}

/** Opens the seed page and writes reports `from`…`to` in batches; returns their ids. */
export async function seedReports(
  browser: ConstatBrowser,
  count: number,
  options: SeedOptions = {},
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

// Seeding 100,000 reports takes over half an hour on a loaded machine, so a seeded browser profile
// is kept and a copy of it reused. Its name is a hash of what decides the stored bytes: the database
// layout version, the record schema version, the seed generator's own code (the synthetic reports,
// the factories they are made with, the seed page's writes), the seed options and the browser's
// version. Not the bundle's bytes: any change to the storage code changed them and forced a new
// seeding, even one that stores the same records. A change to what is derived from a report (index
// rows, totals) comes with a layout step, which both renews existing databases and renames the cache.
// The cache is under the system's temporary folder, shared by every checkout of the machine
// (CONSTAT_SEED_CACHE elsewhere); a half-written entry is never taken (it is renamed into place once
// its browser is closed).

const seedCache = process.env.CONSTAT_SEED_CACHE || join(tmpdir(), 'constat-seeded-profiles');
const KEY_FILE = 'manifest-key.txt';

/** The seed generator's sources: what writes the synthetic reports, besides the storage code. */
const generatorFiles = ['seed-entry.ts', 'synthetic-log.ts', '../unit/factories.ts'].map((file) =>
  resolve(import.meta.dirname, file),
);

/** The hash naming the cached profile of these seeded reports. */
function seedHash(count: number, options: SeedOptions): string {
  const browserVersion = execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const { seed = null, authors = null } = options;
  const hash = createHash('sha256').update(
    JSON.stringify({ layout: DB_VERSION, schema: SCHEMA_VERSION, count, seed, authors }),
  );
  for (const file of generatorFiles) hash.update(readFileSync(file));
  return hash.update(browserVersion).digest('hex').slice(0, 24);
}

/**
 * Gives the extension copy the public key in `manifest.json`: its id then follows the key, not the
 * folder, so a copy of the profile finds the extension's database under any later copy of the build.
 */
function pinExtensionId(extension: string, key: string): void {
  const file = join(extension, 'manifest.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), key }));
}

function newManifestKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Seeds a new profile and puts it in the cache as `entry`. */
async function seedIntoCache(extension: string, entry: string, count: number, options: SeedOptions) {
  const partial = `${entry}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const key = newManifestKey();
  writeFileSync(join(partial, KEY_FILE), key);
  pinExtensionId(extension, key);
  const browser = await ConstatBrowser.launch({ extension, profileDir: join(partial, 'profile') });
  try {
    await seedReports(browser, count, options);
  } finally {
    await browser.close();
  }
  rmSync(entry, { recursive: true, force: true });
  renameSync(partial, entry);
}

/** A browser and the copy of the cached profile it runs on, removed when it closes. */
export interface SeededBrowser {
  browser: ConstatBrowser;
  /** Whether the profile was seeded by this call (false: a cached one was copied). */
  seeded: boolean;
  /** The extension copy and the profile copy the browser runs on (both removed by `close`). */
  extension: string;
  profileDir: string;
  close(): Promise<void>;
}

/**
 * The built extension (with the seed page, and whatever `prepare` adds to the copy) in Chromium,
 * on a copy of a profile holding `count` synthetic reports: seeded the first time, copied from the
 * cache afterwards. The ids of the seeded reports are those of `syntheticReport`.
 */
export async function launchSeeded(
  count: number,
  options: SeedOptions = {},
  launch: { locale?: string; prepare?: (extension: string) => Promise<void> } = {},
): Promise<SeededBrowser> {
  const extension = await extensionWithSeedPage();
  await launch.prepare?.(extension);
  const entry = join(seedCache, seedHash(count, options));
  const seeded = !existsSync(join(entry, KEY_FILE));
  if (seeded) await seedIntoCache(extension, entry, count, options);
  pinExtensionId(extension, readFileSync(join(entry, KEY_FILE), 'utf8'));
  const profileDir = mkdtempSync(join(tmpdir(), 'constat-seeded-copy-'));
  cpSync(join(entry, 'profile'), profileDir, { recursive: true });
  const browser = await ConstatBrowser.launch({ extension, profileDir, locale: launch.locale });
  return {
    browser,
    seeded,
    extension,
    profileDir,
    async close() {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}
