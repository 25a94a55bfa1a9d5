import type { Plugin } from 'vite';

// Preact's renderer sets `innerHTML` for one prop only, `dangerouslySetInnerHTML`. Constat never
// passes it (Biome's `noDangerouslySetInnerHtml` rule forbids it; captured HTML is shown only in a
// sandboxed frame), so that assignment is dead code, yet it is the one place an extension page
// could write raw HTML, and AMO's linter flags it. This plugin replaces it with an error, so the
// packages hold no `innerHTML` assignment at all and a future use fails loudly instead.
const ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const REFUSAL = '(()=>{throw new Error("Constat renders no raw HTML (dangerouslySetInnerHTML)")})()';

/** Removes Preact's `innerHTML` assignment; fails the build if Preact's code no longer has it. */
export function removeInnerHtmlAssignment(code: string): string {
  const found = code.match(ASSIGNMENT)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `Expected Preact's one innerHTML assignment, found ${found}: update build/preact-without-raw-html.ts`,
    );
  return code.replace(ASSIGNMENT, REFUSAL);
}

export function preactWithoutRawHtml(): Plugin {
  return {
    name: 'constat:preact-without-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      return { code: removeInnerHtmlAssignment(code), map: null };
    },
  };
}
