import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The model's weights load only where they are used: no script that runs in a web page, and not the
// capture path (the background), imports the loader or the weights.

const ROOT = join(import.meta.dirname, '../../..');

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(
      /(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g,
    )) {
      if (!spec) continue;
      const base = resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => {
        try {
          return readFileSync(p) !== null;
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(join(ROOT, entry));
  return seen;
}

describe('lazy loading of the model', () => {
  it.each([
    'entrypoints/background.ts',
    'entrypoints/target-recorder.ts',
    'entrypoints/extractor.ts',
    'entrypoints/form-filler.ts',
  ])('%s does not reach the model', (entry) => {
    const files = [...reachable(entry)].map((f) => f.slice(ROOT.length + 1));
    expect(files.length).toBeGreaterThan(1);
    expect(
      files.filter((f) => f.startsWith('assets/model/') || /hate-model\/(load|predict|analyse)/.test(f)),
    ).toEqual([]);
  });
});
