import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyText, parseTexts } from '../../tools/read-texts';

// `npm run classify -- FILE`: one text per line or JSONL with a `text` field, detected; prints
// JSONL that keeps the input's id and label.

const dir = mkdtempSync(join(tmpdir(), 'constat-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const root = join(import.meta.dirname, '../../..');
function run(content: string): Array<Record<string, unknown>> {
  const file = join(dir, `input-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, content);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/tools/classify.ts', file], {
    cwd: root,
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('classify command', () => {
  it('reads one text per line, skipping blank lines, and numbers them', { timeout: 30_000 }, () => {
    const out = run('Sale pédé\r\n\nBonne journée\nI will kill you\n');
    expect(out.map((o) => [o.line, o.category])).toEqual([
      [1, 'discriminatory-insult'],
      [3, null],
      [4, 'threats'],
    ]);
    expect(out[0]).toMatchObject({ text: 'Sale pédé', grounds: ['sexual-orientation'], language: 'fr' });
    expect(out[0]?.matches).toEqual([expect.objectContaining({ text: 'Sale pédé', term: 'sale {group}' })]);
  });

  it('reads JSONL with a text field, keeping id and label (and a labelled category as expected)', {
    timeout: 30_000,
  }, () => {
    const lines = [
      { id: 'a1', label: 'hate', text: 'Mort aux juifs' },
      { id: 7, text: 'Calling someone a faggot is homophobic.', category: null, other: 'dropped' },
    ];
    const out = run(lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(out[0]).toMatchObject({
      id: 'a1',
      label: 'hate',
      category: 'hate-provocation',
      grounds: ['religion'],
    });
    expect(out[1]).toMatchObject({ id: 7, expected: null, category: null });
    expect(out[1]).not.toHaveProperty('other');
    expect(out[1]?.matches).toEqual([expect.objectContaining({ discountedBy: 'condemnation' })]);
  });
});

describe('input detection', () => {
  it('takes a file whose first line is not a JSON object with text as plain lines', () => {
    expect(parseTexts('{"id": 1}\nhello').format).toBe('lines');
    expect(parseTexts('[1, 2]\n').records).toEqual([{ line: 1, text: '[1, 2]' }]);
  });

  it('refuses a bad line in a JSONL file rather than classifying it as text', () => {
    expect(() => parseTexts('{"text": "ok"}\nnot json')).toThrow('line 2');
  });

  it('applies user terms', () => {
    const [line] = classifyText('truc bidule', [{ term: 'bidule', categoryId: 'harassment', ground: null }]);
    expect(JSON.parse(line ?? '{}')).toMatchObject({ category: 'harassment' });
  });
});
