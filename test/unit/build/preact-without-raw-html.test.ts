import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { removeInnerHtmlAssignment } from '../../../build/without-raw-html';

const preactPath = createRequire(import.meta.url).resolve('preact');

describe('Preact without raw HTML', () => {
  it('removes the one innerHTML assignment of the installed Preact, and only that', () => {
    const code = readFileSync(preactPath, 'utf8');
    const patched = removeInnerHtmlAssignment(code);
    expect(patched).not.toMatch(/\.innerHTML=/);
    expect(patched).toContain('Constat renders no raw HTML');
    expect(patched.length - code.length).toBeLessThan(120);
  });

  it('fails the build when Preact’s code changed and the assignment is not where it was', () => {
    expect(() => removeInnerHtmlAssignment('el.innerHTML = html;')).toThrow(/found 0/);
  });
});
