// RESULTS.md is rewritten section by section: a run of some sections (BENCH_ONLY=…) replaces those
// and keeps the others, each section saying when it was measured, so one long section never forces
// every other to be measured again.

const HEADING = /^## .*$/m;

/** The file's `## ` sections, keyed by their heading line, in order. */
function sectionsOf(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = markdown.split(/^(?=## )/m).filter((part) => HEADING.test(part.split('\n')[0] ?? ''));
  for (const part of parts) sections.set(part.split('\n')[0] ?? '', part.trimEnd());
  return sections;
}

/** A section with the line saying when and how it was measured under its heading. */
function dated(section: string, measured: string): string {
  const [heading, ...rest] = section.split('\n');
  return [heading, '', `*${measured}*`, ...rest].join('\n').trimEnd();
}

/**
 * The new RESULTS.md: `header` (the title and what applies to every section), then the previous
 * file's sections with those measured now replaced, new ones added at the end.
 */
export function mergeResults(previous: string, header: string, fresh: string[], measured: string): string {
  const sections = sectionsOf(previous);
  for (const text of fresh)
    for (const [heading, section] of sectionsOf(text)) sections.set(heading, dated(section, measured));
  return [header.trimEnd(), '', [...sections.values()].join('\n\n'), ''].join('\n');
}
