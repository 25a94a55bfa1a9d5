import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ConstatBrowser } from '../../harness/constat-browser';

/** Clicks an export button of the log page and saves the file it downloads into `outDir`. */
async function download(log: Page, button: string, outDir: string): Promise<string> {
  const [file] = await Promise.all([
    log.waitForEvent('download'),
    log.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(outDir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Saves a picture of the printable report's first page: from the PDF if poppler is there. */
async function firstPagePicture(print: Page, pdf: string | null, png: string): Promise<void> {
  try {
    if (pdf) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        png.replace(/\.png$/, ''),
      ]);
      return;
    }
  } catch {
    // No pdftoppm: the print page as printed, below.
  }
  // One A4 page at 96 dpi, with the print style sheet.
  await print.emulateMedia({ media: 'print' });
  await print.setViewportSize({ width: 794, height: 1123 });
  await print.screenshot({ path: png });
}

/** Saves the print page as PDF; Chromium does it only headless (`--headed` gets no PDF). */
async function savePdf(print: Page, path: string): Promise<string | null> {
  try {
    await print.pdf({ path, format: 'A4', printBackground: true });
    return path;
  } catch (error) {
    console.log(`No PDF: ${String(error).split('\n')[0]} (Chromium saves PDFs only when headless).`);
    return null;
  }
}

/** Prints how a recipient checks the bundle, in the words of the bundle's own README.txt. */
function printRecipientGuide(bundleDir: string): void {
  const readme = readFileSync(join(bundleDir, 'README.txt'), 'utf8').replace(/\r/g, '');
  const english = readme.slice(readme.indexOf('ENGLISH'), readme.indexOf('FRANÇAIS')).trim();
  console.log('\nHow a recipient verifies it (from the bundle’s README.txt, also in French):');
  console.log(english.replace(/^/gm, '  '));
}

/**
 * The log page's exports: the CSV, the ZIP evidence bundle (unzipped and checked with
 * `sha256sum -c`) and the printable report saved as PDF, with a picture of its first page.
 */
export async function exportLog(browser: ConstatBrowser, outDir: string): Promise<void> {
  console.log('\n— Log exports —');
  const log = await browser.context.newPage();
  await log.goto(browser.extensionUrl('log.html'));
  // Chromium would ask where to save (File System Access API), which no script can answer: the
  // demo takes the page's other route, a download, as in Firefox.
  await log.evaluate(() =>
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true }),
  );
  const csv = await download(log, 'Spreadsheet (CSV)', outDir);
  const zip = await download(log, 'Evidence bundle (ZIP, checkable)', outDir);
  await log.screenshot({ path: join(outDir, 'log.png'), fullPage: true });

  const bundleDir = join(outDir, 'bundle');
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(bundleDir, { recursive: true });
  execFileSync('unzip', ['-q', zip, '-d', bundleDir]);
  console.log(`Unzipped ${zip} into ${bundleDir}; there, sha256sum -c SHA256SUMS says:`);
  // Throws, and so stops the demo, if any file fails its check.
  const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: bundleDir, encoding: 'utf8' });
  console.log(checked.trimEnd().replace(/^/gm, '  '));
  printRecipientGuide(bundleDir);

  const [print] = await Promise.all([
    browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/print.html') }),
    log.getByRole('link', { name: /Printable report/ }).click(),
  ]);
  await print.waitForSelector('main.print[data-ready="true"]');
  await print.waitForFunction(() => [...document.images].every((img) => img.complete));
  const pdf = await savePdf(print, join(outDir, `${basename(csv, '.csv')}.pdf`));
  const png = join(outDir, 'printable-report.png');
  await firstPagePicture(print, pdf, png);
  await print.close();
  await log.close();

  console.log(`\nWritten to ${outDir}:`);
  console.log(`  ${basename(csv)}  the log as a spreadsheet, one row a report`);
  console.log(`  ${basename(zip)}  the evidence bundle (unzipped in bundle/)`);
  if (pdf) console.log(`  ${basename(pdf)}  the printable report, saved as PDF`);
  console.log('  printable-report.png  its first page; log.png  the log page');
}
