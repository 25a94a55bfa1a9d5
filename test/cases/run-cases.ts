// The case runner of docs/FIXTURES.md: every case of a folder, through the real extension in
// Chromium. Usage: npm run cases -- DIR   (prints one line per case, then "N passed, N failed").
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { diffCase, judgeFailure, loadCases } from '../harness/case-contract';
import { ConstatBrowser } from '../harness/constat-browser';
import { rightClick } from '../harness/right-click';

async function runCases(dir: string): Promise<number> {
  const cases = loadCases(dir);
  if (cases.length === 0) {
    console.error(`No case in ${dir}`);
    return 1;
  }
  const browser = await ConstatBrowser.launch();
  let passed = 0;
  let failed = 0;
  try {
    for (const c of cases) {
      const name = relative(dir, c.casePath);
      let failure: string | null;
      const html = readFileSync(c.htmlPath, 'utf8');
      const page = await browser.openPage(c.case.url, html);
      try {
        await browser.setExpandCollapsed(c.case.options?.expandCollapsed === true);
        const menu = await rightClick(page, c.case.target);
        const outcome = await browser.report(page, menu);
        if (!outcome.ok) failure = `report failed: ${outcome.error}`;
        else {
          const report = await browser.readReport(outcome.reportId);
          if (!report?.extracted) failure = `no post captured (${report?.warnings.join(' ') ?? 'no report'})`;
          else if (report.platform !== c.case.platform)
            failure = `platform: expected "${c.case.platform}", got "${report.platform}"`;
          else failure = judgeFailure(c.case.expect, html, diffCase(c.case.expect, report.extracted));
        }
      } catch (error) {
        failure = `error: ${(error as Error).message}`;
      } finally {
        await browser.closeOtherPages();
      }
      if (failure === null) passed++;
      else failed++;
      console.log(
        `${failure === null ? 'pass' : 'FAIL'}  ${name}${failure === null ? '' : `  — ${failure}`}`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run cases -- DIR');
  process.exit(2);
}
process.exitCode = await runCases(dir);
