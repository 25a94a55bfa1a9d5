import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstatBrowser } from '../harness/constat-browser';

// A practice session, its score and progress chart, agreement, and the files, in Chromium with the
// built extension, in French (the tagging test runs in English).

let browser: ConstatBrowser;

beforeAll(async () => {
  browser = await ConstatBrowser.launch({ locale: 'fr-FR' });
});

afterAll(async () => {
  await browser?.close();
});

const bundledCount = (
  JSON.parse(readFileSync(new URL('../../assets/training/practice-set.json', import.meta.url), 'utf8')) as {
    items: unknown[];
  }
).items.length;

describe('practice in Chromium, in French', () => {
  it('runs a session with feedback after each answer, then the score, progress, agreement and files', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('training.html#practice'));
    await page.getByRole('button', { name: 'Commencer une session' }).click();
    await page.waitForURL(/#session\//);

    // Every answer left at "Acceptable": right on the acceptable items, wrong on the others.
    for (let n = 1; n <= bundledCount; n++) {
      await page.getByRole('heading', { name: `Élément ${n} / ${bundledCount}` }).waitFor();
      await page.getByRole('button', { name: 'Répondre' }).click();
      await page.locator('.feedback').waitFor();
      if (n === 1) {
        expect(await page.locator('.feedback').textContent()).toContain('Pourquoi');
        expect(await page.locator('#suggestion-heading').count()).toBe(1);
      }
      await page
        .getByRole('button', { name: n === bundledCount ? 'Voir mon score' : 'Élément suivant' })
        .click();
    }
    await page.locator('#score-heading').waitFor();
    expect(await page.locator('[data-figure="accuracy"]').textContent()).toMatch(/\d+ %/);
    expect(await page.locator('[data-figure="kappa"]').textContent()).toMatch(/0\.\d\d/);
    expect(await page.locator('table.confusion tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('ol.missed > li').count()).toBeGreaterThan(10);

    // My answers, exported as JSONL with my name: one line an item.
    await page.fill('[id$="-annotator"]', 'Camille');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[data-format="jsonl"]'),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(bundledCount);
    expect(JSON.parse(lines[0]!)).toMatchObject({ annotator: 'Camille', labels: { legality: 'acceptable' } });

    // Progress: the chart (SVG) and the same figures in a table.
    await page.goto(browser.extensionUrl('training.html#practice'));
    await page.locator('.progress-chart svg').waitFor();
    expect(await page.locator('.progress table tbody tr').count()).toBe(1);

    // Agreement: my session against the set's reference.
    await page.goto(browser.extensionUrl('training.html#agreement'));
    await page.locator('#agreement-session option').nth(1).waitFor({ state: 'attached' });
    const session = await page.locator('#agreement-session option').nth(1).getAttribute('value');
    await page.selectOption('#agreement-session', session!);
    const reference = await page.locator('#agreement-reference option').nth(1).getAttribute('value');
    await page.selectOption('#agreement-reference', reference!);
    await page.locator('[data-figure="kappa"]').waitFor();
    expect(await page.locator('[data-figure="compared"]').textContent()).toBe(
      `${bundledCount} / ${bundledCount}`,
    );
    expect(await page.locator('table.disagreements tbody tr').count()).toBeGreaterThan(10);

    // Files: a doccano file imported into the training set; a broken file names its bad line.
    await page.goto(browser.extensionUrl('training.html#files'));
    await page.setInputFiles('#import-examples', {
      name: 'team.doccano.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from('{"text":"Texte inventé","label":["none"],"constat_id":"team-1"}\n'),
    });
    await page.getByText('Importé : 1 (doccano)').waitFor();
    await page.setInputFiles('#import-examples', {
      name: 'broken.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from('{"id":"a","text":"x"}\nnot json\n'),
    });
    // The page is French: the line and the JSON parser's complaint are both the catalogue's.
    await page.getByText(/ligne 2\s*:\s*pas du JSON valide/).waitFor();
    await page.goto(browser.extensionUrl('training.html#examples'));
    await page.getByText('Texte inventé').waitFor();
    await page.close();
  });
});
