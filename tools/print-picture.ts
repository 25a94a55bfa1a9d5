// Renders docs/images/printable-report.png for the README: the printable report of one captured
// post (the demo's made-up X thread, test/demo/x-demo-thread.html), as Chromium saves it as PDF, its first two A4 pages side
// by side. Needs the built extension (`npx wxt build`) and poppler's pdftoppm. Run with `npx tsx tools/print-picture.ts [en|fr]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConstatBrowser } from '../test/harness/constat-browser';
import { rightClick } from '../test/harness/right-click';

const lang = process.argv[2] === 'fr' ? 'fr' : 'en';
const fixture = readFileSync(new URL('../test/demo/x-demo-thread.html', import.meta.url), 'utf8');
const output = new URL('../docs/images/printable-report.png', import.meta.url).pathname;

const browser = await ConstatBrowser.launch();
const dir = mkdtempSync(join(tmpdir(), 'constat-print-picture-'));
try {
  const post = await browser.openPage('https://x.com/constat_demo/status/1900000000000000001', fixture);
  await rightClick(post, 'article[data-testid="tweet"] [data-testid="tweetText"]');
  const outcome = await browser.report(post);
  if (!outcome.ok) throw new Error('the capture failed');
  await browser.closeOtherPages();
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`print.html?lang=${lang}`));
  await page.waitForSelector('[data-ready] .printed-report img');
  await page.emulateMedia({ media: 'print' });
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  // 60 dpi keeps the picture small yet readable; the two pages are set side by side by Chromium.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(dir, 'page')]);
  const images = ['page-1.png', 'page-2.png']
    .map((name) => `<img src="data:image/png;base64,${readFileSync(join(dir, name)).toString('base64')}">`)
    .join('');
  const sheet = await browser.context.newPage();
  await sheet.setContent(
    `<body style="margin:0;display:inline-flex;gap:12px;padding:12px;background:#e8e8e8">${images.replaceAll('<img', '<img style="border:1px solid #999;background:#fff"')}</body>`,
  );
  await sheet.locator('body').screenshot({ path: output });
  console.log(`Wrote ${output}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
