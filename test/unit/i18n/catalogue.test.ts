import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { MessageKey } from '../../../utils/i18n';

// The type check already fails when French lacks an English key; these say which key and catch what
// types cannot: a placeholder lost in translation, a key browsers would refuse, a key used in the code
// but missing from the files.

const root = join(import.meta.dirname, '../../..');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(root, folder, file));
}

describe('the UI catalogue', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(fr).filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in fr))).toEqual([]);
  });

  it('keeps the same {placeholders} in English and French', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(placeholders(fr[key].message), key).toEqual(placeholders(en[key].message));
    }
  });

  it('uses keys browsers accept, distinct without case', () => {
    const keys = Object.keys(en);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  it('escapes every $ and describes every message', () => {
    for (const messages of [en, fr]) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.replaceAll('$$', ''), key).not.toContain('$');
        expect(entry.message.trim(), key).not.toBe('');
        expect(entry.description.trim(), key).not.toBe('');
      }
    }
  });

  it('has every key the code asks for with a literal', () => {
    const used = ['components', 'entrypoints', 'utils']
      .flatMap(sourceFiles)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(\w+)'/g)].map((m) => m[1] ?? ''));
    expect(used.length).toBeGreaterThan(300);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
