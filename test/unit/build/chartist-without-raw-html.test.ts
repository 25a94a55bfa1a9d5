import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeChartistInnerHtml } from '../../../build/without-raw-html';

const chartistPath = join(createRequire(import.meta.url).resolve('chartist'), '..', 'index.js');

describe('Chartist without raw HTML', () => {
  it('removes the one innerHTML assignment of the installed Chartist, and only that', () => {
    const code = readFileSync(chartistPath, 'utf8');
    const patched = removeChartistInnerHtml(code);
    expect(patched).not.toMatch(/\.innerHTML\s*=/);
    expect(patched).toContain('never an HTML string');
    expect(Math.abs(patched.length - code.length)).toBeLessThan(120);
  });

  it('fails the build when Chartist’s code changed and the assignment is not where it was', () => {
    expect(() => removeChartistInnerHtml('el.innerHTML = html;')).toThrow(/found 0/);
  });
});
