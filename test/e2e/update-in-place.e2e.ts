import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../utils/model';
import { ConstatBrowser, extensionDir } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';

// An unpacked extension's id comes from its folder: the same folder with other files in it is the
// same extension, updated in place, over the same profile and database.
const earlierBuild = new URL('../fixtures/builds/constat-75bc5f3-chrome-mv3', import.meta.url).pathname;
const demoThread = readFileSync(new URL('../demo/x-demo-thread.html', import.meta.url), 'utf8');
const postUrl = 'https://x.com/constat_demo/status/1900000000000000001';

const work = mkdtempSync(join(tmpdir(), 'constat-update-'));
const installed = join(work, 'extension');
const profileDir = join(work, 'profile');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('updating the extension in place over a profile written by an earlier build', () => {
  it('keeps every report of the 75bc5f3 build readable, migrated to the current schema', async () => {
    cpSync(earlierBuild, installed, { recursive: true });
    const before = await ConstatBrowser.launch({ extension: installed, profileDir });
    const page = await before.openPage(postUrl, demoThread);
    await rightClick(page, "article[data-testid='tweet'] div[data-testid='tweetText']");
    const outcome = await before.report(page);
    expect(outcome).toMatchObject({ ok: true, target: 'post' });
    if (!outcome.ok) return;
    expect((await before.readReport(outcome.reportId))?.schemaVersion).toBe(2);
    await before.close();

    rmSync(installed, { recursive: true });
    cpSync(extensionDir, installed, { recursive: true });
    const after = await ConstatBrowser.launch({ extension: installed, profileDir });
    try {
      expect(after.extensionId).toBe(before.extensionId);
      const log = await after.context.newPage();
      await log.goto(after.extensionUrl('log.html'));
      await log.getByText('constat_demo', { exact: false }).first().waitFor();
      expect(await log.locator('.unreadable').count()).toBe(0);
      const report = await after.readReport(outcome.reportId);
      expect(report?.schemaVersion).toBe(SCHEMA_VERSION);
      expect(report?.extracted?.permalink).toBe(postUrl);
      expect(report?.evidence).toHaveLength(4);
    } finally {
      await after.close();
    }
  });
});
