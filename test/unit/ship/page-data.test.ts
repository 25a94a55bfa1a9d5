import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// components/ has a folder a page and loads a page's data in one hook (use-*.ts) or store module:
// a component (.tsx) reads nothing from the database itself (a type is fine: it is gone once built).

const componentsDir = join(import.meta.dirname, '../../../components');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The value imports (not `import type`) of a source file, by module path. */
function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)'/gms)]
    .filter(([, names]) => !/^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(names ?? ''))
    .map(([, , path]) => path ?? '');
}

describe('components/, as the house has it', () => {
  it('keeps every page in a folder of its own, nothing loose at the top', () => {
    const loose = readdirSync(componentsDir, { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(loose.map((entry) => entry.name)).toEqual([]);
  });

  it('has no component reading the database itself: a page’s hook or store module does', () => {
    const readers = files(componentsDir)
      .filter((file) => file.endsWith('.tsx'))
      .filter((file) =>
        valueImports(readFileSync(file, 'utf8')).some((path) => /\/utils\/db(\/|$)/.test(path)),
      )
      .map((file) => relative(componentsDir, file));
    expect(readers).toEqual([]);
  });

  it('notices a value import of the database, and lets a type through', () => {
    expect(valueImports("import { getReport } from '../../utils/db/reports';")).toEqual([
      '../../utils/db/reports',
    ]);
    expect(valueImports("import type { DeletionSummary } from '../../utils/db/deletion';")).toEqual([]);
    expect(valueImports("import { type Report } from '../../utils/db/reports';")).toEqual([]);
  });
});
