import type { Plugin } from 'vite';

// Two libraries hold an `innerHTML` assignment that Constat never reaches, yet AMO's linter flags
// each one, and each is a place an extension page could write raw HTML:
// - Preact sets it for one prop only, `dangerouslySetInnerHTML`, which Constat never passes (Biome's
//   `noDangerouslySetInnerHtml` rule forbids it; captured HTML is shown only in a sandboxed frame);
// - Chartist's `foreignObject` parses an HTML string with it, while Chartist itself (its labels are
//   spans filled with `textContent`) and Constat pass it DOM nodes only.
// This plugin replaces each with an error, so the packages hold no `innerHTML` assignment at all and a
// future use fails loudly; a library update that moves the assignment fails the build instead.

interface RawHtmlRule {
  library: string;
  module: RegExp;
  assignment: RegExp;
  refusal: string;
}

const preact: RawHtmlRule = {
  library: 'Preact',
  module: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
  assignment: /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
  refusal: '(()=>{throw new Error("Constat renders no raw HTML (dangerouslySetInnerHTML)")})()',
};

const chartist: RawHtmlRule = {
  library: 'Chartist',
  module: /[\\/]node_modules[\\/]chartist[\\/]dist[\\/]index\.js$/,
  assignment: /(\w+)\.innerHTML = content;/g,
  refusal: 'throw new Error("Constat gives Chartist DOM nodes only, never an HTML string");',
};

function removeAssignment(code: string, rule: RawHtmlRule): string {
  const found = code.match(rule.assignment)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `Expected ${rule.library}'s one innerHTML assignment, found ${found}: update build/without-raw-html.ts`,
    );
  return code.replace(rule.assignment, rule.refusal);
}

/** Removes Preact's `innerHTML` assignment; fails if Preact's code no longer has it. */
export const removeInnerHtmlAssignment = (code: string) => removeAssignment(code, preact);

/** Removes Chartist's `innerHTML` assignment; fails if Chartist's code no longer has it. */
export const removeChartistInnerHtml = (code: string) => removeAssignment(code, chartist);

export function withoutRawHtml(): Plugin {
  return {
    name: 'constat:without-raw-html',
    enforce: 'pre',
    transform(code, id) {
      const rule = [preact, chartist].find((candidate) => candidate.module.test(id));
      return rule ? { code: removeAssignment(code, rule), map: null } : null;
    },
  };
}
