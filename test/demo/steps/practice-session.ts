import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConstatBrowser } from '../../harness/constat-browser';

const practiceSet = JSON.parse(
  readFileSync(new URL('../../../assets/training/practice-set.json', import.meta.url), 'utf8'),
) as { items: unknown[] };

/**
 * A practice session on the bundled set, as a trainee would run it: each item answered (the demo
 * keeps the form's first answer, "Acceptable", so the score shows what a careless pass misses),
 * the feedback after an answer, then the score page.
 */
export async function practiceSession(browser: ConstatBrowser, outDir: string): Promise<void> {
  console.log('\n— A practice session (training mode) —');
  const count = practiceSet.items.length;
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('training.html#practice'));
  await page.getByRole('button', { name: 'Start a session' }).click();
  await page.waitForURL(/#session\//);
  await page.getByRole('heading', { name: `Item 1 / ${count}` }).waitFor();
  await page.screenshot({ path: join(outDir, 'practice-item.png'), fullPage: true });

  for (let n = 1; n <= count; n++) {
    await page.getByRole('heading', { name: `Item ${n} / ${count}` }).waitFor();
    await page.getByRole('button', { name: 'Answer', exact: true }).click();
    await page.locator('.feedback').waitFor();
    if (n === 1) await page.screenshot({ path: join(outDir, 'practice-feedback.png'), fullPage: true });
    await page.getByRole('button', { name: n === count ? 'See my score' : 'Next item' }).click();
  }
  await page.locator('#score-heading').waitFor();
  await page.screenshot({ path: join(outDir, 'practice-score.png'), fullPage: true });
  const accuracy = await page.locator('[data-figure="accuracy"]').textContent();
  const kappa = await page.locator('[data-figure="kappa"]').textContent();
  const missed = await page.locator('ol.missed > li').count();
  await page.close();

  console.log(`${count} items answered, every one left at “Acceptable”.`);
  console.log(`Score: accuracy ${accuracy}, Cohen’s κ ${kappa}, ${missed} items missed (listed with why).`);
  console.log(`Written to ${outDir}: practice-item.png, practice-feedback.png, practice-score.png`);
}
