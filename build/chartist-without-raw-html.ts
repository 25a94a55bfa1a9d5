import type { Plugin } from 'vite';

// Chartist's `foreignObject` turns an HTML string into nodes through `innerHTML`; Chartist itself
// passes it a DOM node only (its labels are spans filled with `textContent`), and so does Constat,
// so that branch is dead code, yet AMO's linter flags it. This plugin replaces it with an error, so
// the packages hold no `innerHTML` assignment at all and a future use fails loudly instead.
const ASSIGNMENT = /(\w+)\.innerHTML = content;/g;
const REFUSAL = 'throw new Error("Constat gives Chartist DOM nodes only, never an HTML string");';

/** Removes Chartist's `innerHTML` assignment; fails the build if Chartist's code no longer has it. */
export function removeChartistInnerHtml(code: string): string {
  const found = code.match(ASSIGNMENT)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `Expected Chartist's one innerHTML assignment, found ${found}: update build/chartist-without-raw-html.ts`,
    );
  return code.replace(ASSIGNMENT, REFUSAL);
}

export function chartistWithoutRawHtml(): Plugin {
  return {
    name: 'constat:chartist-without-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]chartist[\\/]dist[\\/]index\.js$/.test(id)) return null;
      return { code: removeChartistInnerHtml(code), map: null };
    },
  };
}
