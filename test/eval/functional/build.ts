// Writes the functional suite's cases (en.jsonl, fr.jsonl) from its templates: `npx tsx
// test/eval/functional/build.ts`. The JSONL files are what `npm run eval` reads and what is reviewed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCases } from './suite';
import { en } from './templates-en';
import { fr } from './templates-fr';

for (const [lang, templates] of [
  ['en', en],
  ['fr', fr],
] as const) {
  const lines = buildCases(lang, templates).map((c) => JSON.stringify(c));
  writeFileSync(join(import.meta.dirname, `${lang}.jsonl`), `${lines.join('\n')}\n`);
  process.stdout.write(`${lang}.jsonl: ${lines.length} cases\n`);
}
