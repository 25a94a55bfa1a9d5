// `npm run demo`: builds Constat, serves made-up demo posts at their X address, starts Chromium
// with the extension, reports one post for real, then composes the notice and opens X's
// illegal-content form filled in (a model of it, served at its real address; nothing is sent), marks
// the notice sent, prints the log entry and saves the evidence with pictures of each step. Then,
// one file a step under steps/: the log's exports (CSV, ZIP bundle checked with `sha256sum -c`,
// printable report as PDF), a practice session in training mode, and a pile-on on a made-up raid.
// `npm run demo -- --headed` leaves the browser open for a person to try (needs a display).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConstatBrowser } from '../harness/constat-browser';
import { formFixture, prepareNotice, useChannel } from '../harness/notice-flow';
import { rightClick } from '../harness/right-click';
import { exportLog } from './steps/log-exports';
import { pileOn } from './steps/pile-on';
import { practiceSession } from './steps/practice-session';

const headed = process.argv.includes('--headed');
const outDir = resolve('demo-output');
const demoUrl = 'https://x.com/constat_demo/status/1900000000000000001';
const xFormUrl = 'https://help.x.com/forms/dsa/report';
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

  const captured = await browser.readReport(outcome.reportId);
  const evidence = await browser.readEvidence(outcome.reportId);
  if (!captured) throw new Error('The report was not stored');
  const dir = join(outDir, captured.id);
  mkdirSync(dir, { recursive: true });
  for (const e of evidence)
    writeFileSync(join(dir, fileNames[e.kind] ?? e.kind), Buffer.from(e.base64, 'base64'));

  // The composer opens right after the draft is stored.
  const composerUrl = `/composer.html?id=${captured.id}`;
  const composer =
    browser.context.pages().find((p) => p.url().includes(composerUrl)) ??
    (await browser.context.waitForEvent('page', {
      predicate: (p) => p.url().includes(composerUrl),
      timeout: 5000,
    }));
  await composer.waitForLoadState('load');
  await composer.waitForSelector('#category');
  await composer.screenshot({ path: join(dir, 'composer.png'), fullPage: true });

  // The person names the offence and signs; Constat opens X's form and fills it.
  console.log('Choosing the category, then X’s “Report EU illegal content” form…');
  browser.server.set(xFormUrl, formFixture('x-dsa-report.html'));
  await prepareNotice(composer, {
    categoryId: 'hate-provocation',
    grounds: ['origin'],
    language: 'fr',
    name: 'Camille Démo',
    email: 'camille.demo@example.org',
  });
  const form = await useChannel(browser, composer, 'x-dsa', xFormUrl);
  await form.screenshot({ path: join(dir, 'form.png') });
  await form.close();

  // Back in the composer: the person sent the form and pastes X's reference.
  await composer.bringToFront();
  await composer.fill('.notice-record input[name="reference"]', 'DSA-DEMO-0001');
  await composer.click('.notice-record form button[type="submit"]');
  await composer.waitForSelector('.notice-record[data-sent="yes"]');
  await composer.locator('#notices-heading').scrollIntoViewIfNeeded();
  await composer.screenshot({ path: join(dir, 'notice-sent.png') });

  const report = await browser.readReport(captured.id);
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nStored log entry:');
  console.log(JSON.stringify(report, null, 2));
  console.log(`\nEvidence written to ${dir}:`);
  for (const e of evidence)
    console.log(`  ${fileNames[e.kind] ?? e.kind}  ${e.size} bytes  sha256 ${e.sha256}`);
  console.log('  composer.png     the composer as it opened');
  console.log('  form.png         X’s form as Constat filled it, with the panel of values');
  console.log('  notice-sent.png  the notice marked sent, with the reminder');
  console.log(`  (nothing was submitted: ${browser.server.submissions().length} form submissions)`);

  await browser.closeOtherPages();
  await exportLog(browser, outDir);
  await practiceSession(browser, outDir);
  await pileOn(browser, outDir);

  if (headed) {
    console.log(
      '\nThe browser stays open: right-click a demo post and choose “Report this post…”. Ctrl-C to quit.',
    );
    await new Promise((resolvePromise) => browser.context.on('close', resolvePromise));
  }
} finally {
  await browser.close().catch(() => undefined);
}
