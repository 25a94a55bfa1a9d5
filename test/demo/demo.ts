// `npm run demo`: builds Constat, serves made-up demo posts at their X address, starts Chromium
// with the extension, reports one post for real, prints the log entry and saves the evidence.
// `npm run demo -- --headed` leaves the browser open for a person to try (needs a display).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConstatBrowser } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';

const headed = process.argv.includes('--headed');
const outDir = resolve('demo-output');
const demoUrl = 'https://x.com/constat_demo/status/1900000000000000001';
const fileNames: Record<string, string> = {
  screenshot: 'screenshot.png',
  'post-crop': 'post.png',
  html: 'post.html',
  metadata: 'metadata.json',
};

console.log('Building the extension (Chrome and Firefox)…');
execSync('npm run build --silent', { stdio: 'inherit' });

const browser = await ConstatBrowser.launch({ headed });
try {
  const page = await browser.openPage(
    demoUrl,
    readFileSync(new URL('./x-demo-thread.html', import.meta.url), 'utf8'),
  );
  console.log(`Right-clicking the demo post at ${demoUrl}`);
  await rightClick(page, 'article[data-testid="tweet"] [data-testid="tweetText"]');
  const outcome = await browser.report(page);
  if (!outcome.ok) throw new Error(`The report failed: ${outcome.error}`);

  const report = await browser.readReport(outcome.reportId);
  const evidence = await browser.readEvidence(outcome.reportId);
  if (!report) throw new Error('The report was not stored');
  const dir = join(outDir, report.id);
  mkdirSync(dir, { recursive: true });
  for (const e of evidence)
    writeFileSync(join(dir, fileNames[e.kind] ?? e.kind), Buffer.from(e.base64, 'base64'));
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

  // The composer opens right after the draft is stored.
  const composerUrl = `/composer.html?id=${report.id}`;
  const composer =
    browser.context.pages().find((p) => p.url().includes(composerUrl)) ??
    (await browser.context
      .waitForEvent('page', { predicate: (p) => p.url().includes(composerUrl), timeout: 5000 })
      .catch(() => undefined));
  if (composer) {
    await composer.waitForLoadState('load');
    await composer.screenshot({ path: join(dir, 'composer.png'), fullPage: true });
  }

  console.log('\nStored log entry:');
  console.log(JSON.stringify(report, null, 2));
  console.log(`\nEvidence written to ${dir}:`);
  for (const e of evidence)
    console.log(`  ${fileNames[e.kind] ?? e.kind}  ${e.size} bytes  sha256 ${e.sha256}`);
  if (composer) console.log(`  composer.png  (the composer as it opened)`);

  if (headed) {
    console.log(
      '\nThe browser stays open: right-click a demo post and choose “Report this post…”. Ctrl-C to quit.',
    );
    await new Promise((resolvePromise) => browser.context.on('close', resolvePromise));
  }
} finally {
  await browser.close().catch(() => undefined);
}
