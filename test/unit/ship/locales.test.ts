import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The browser's own catalogue (public/_locales): the manifest's name and description, the menu item
// and the shortcut's description, in English and French.
const messagesSchema = z.record(
  z.string().regex(/^\w+$/),
  z.object({ message: z.string().min(1), description: z.string().min(1) }).strict(),
);
const read = (language: string) =>
  messagesSchema.parse(
    JSON.parse(
      readFileSync(join(import.meta.dirname, `../../../public/_locales/${language}/messages.json`), 'utf8'),
    ),
  );
const en = read('en');
const fr = read('fr');
const config = readFileSync(join(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');

describe('the extension’s locales', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('hold every __MSG_…__ key the manifest uses', () => {
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(Object.keys(en)).toContain(key);
  });

  it('keep the description within the stores’ 132 characters', () => {
    for (const messages of [en, fr]) expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
