import { FlateErrorCode, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CatalogueError } from '../../../utils/i18n/catalogue-error';
import { errorText } from '../../../utils/i18n/error-text';
import { jsonErrorCharacter, jsonSyntaxText } from '../../../utils/i18n/json-syntax';
import { zodIssuesText } from '../../../utils/i18n/zod-issues';
import { zipErrorText } from '../../../utils/import/zip-error-text';

// What a library says of a failure (zod, JSON.parse, fflate) reaches a person in the catalogue's
// words, in either language, with the library's English nowhere in it.

const schema = z.object({
  id: z.uuid(),
  title: z.string().min(1).max(5),
  count: z.number().int().min(0),
  tags: z.array(z.string()).max(1),
  kind: z.enum(['post', 'reply']),
  at: z.iso.datetime(),
});

function zodError(value: unknown): z.ZodError {
  const parsed = schema.strict().safeParse(value);
  if (parsed.success) throw new Error('The value was accepted');
  return parsed.error;
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('Nothing was thrown');
}

const valid = {
  id: '6f1c1a5e-8b9a-4c3e-9d0f-1a2b3c4d5e6f',
  title: 'abc',
  count: 1,
  tags: [],
  kind: 'post',
  at: '2026-12-05T10:00:00Z',
};

describe('zod issues in the catalogue’s words', () => {
  it('say each field and what was expected, in English', () => {
    const error = zodError({ ...valid, id: 'x', title: '', count: 'two', kind: 'story' });
    expect(zodIssuesText(error, 'en').split('\n')).toEqual([
      'field id: expected an identifier (UUID)',
      'field title: must not be empty',
      'field count: expected a number',
      'field kind: expected one of "post", "reply"',
    ]);
  });

  it('and in French, with nothing of zod’s English', () => {
    const error = zodError({ ...valid, title: 'too long', tags: ['a', 'b'], at: 'yesterday', extra: 1 });
    const text = zodIssuesText(error, 'fr');
    expect(text.split('\n')).toEqual([
      'champ title : attendu : au plus 5 caractères',
      'champ tags : attendu : au plus 1 éléments',
      'champ at : attendu : une date et une heure en UTC (ISO 8601)',
      'champs inconnus : extra',
    ]);
    for (const issue of error.issues) expect(text).not.toContain(issue.message);
  });

  it('name a missing field, a number below its minimum and count what is left out', () => {
    const error = zodError({ count: -1 });
    const lines = zodIssuesText(error, 'en').split('\n');
    expect(lines[0]).toBe('field id: missing');
    expect(lines).toContain('field count: expected 0 or more');
    expect(lines.at(-1)).toBe('and 1 more');
    expect(zodIssuesText(error, 'fr').split('\n').at(-1)).toBe('et 1 de plus');
  });

  it('give a custom issue its catalogue entry and values', () => {
    const twice = z.string().superRefine((id, ctx) =>
      ctx.addIssue({
        code: 'custom',
        message: 'dev',
        params: { problem: 'trainingSetItemTwice', values: { id } },
      }),
    );
    const error = twice.safeParse('a1').error as z.ZodError;
    expect(zodIssuesText(error, 'en')).toBe('the item id a1 is used twice');
    expect(zodIssuesText(error, 'fr')).toBe('l’identifiant d’élément a1 est utilisé deux fois');
  });
});

describe('JSON syntax errors in the catalogue’s words', () => {
  it('say near which character the text stops being JSON, in both languages', () => {
    const text = '{"a": 1,}';
    const error = thrown(() => JSON.parse(text));
    expect(jsonSyntaxText(error, text, 'en')).toBe('not valid JSON (near character 9)');
    expect(jsonSyntaxText(error, text, 'fr')).toBe('pas du JSON valide (vers le caractère 9)');
  });

  it('read Firefox’s line and column, and a text cut short', () => {
    const firefox = new SyntaxError('JSON.parse: unexpected character at line 2 column 3 of the JSON data');
    expect(jsonErrorCharacter(firefox, '{\n  x')).toBe(5);
    expect(
      jsonErrorCharacter(
        thrown(() => JSON.parse('[1,')),
        '[1,',
      ),
    ).toBe(4);
  });

  it('still say the text is not JSON where the engine gives no place', () => {
    const vague = new SyntaxError('Unexpected token \'}\', "{"a":tru}" is not valid JSON');
    expect(jsonSyntaxText(vague, '{"a":tru}', 'fr')).toBe('pas du JSON valide');
  });
});

describe('fflate’s errors by their code', () => {
  it('name a damaged ZIP in the catalogue’s words', () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('hello hello hello hello') }, { level: 9 });
    const error = thrown(() => unzipSync(zip.subarray(0, 20)));
    expect(typeof (error as { code?: unknown }).code).toBe('number');
    expect(zipErrorText(error, 'en')).not.toContain((error as Error).message);
    expect(zipErrorText(error, 'fr')).toMatch(/ZIP|tronquées|abîmées/);
  });

  it('map each known code, and give an unknown one its number', () => {
    const withCode = (code: number) => Object.assign(new Error('english'), { code });
    expect(zipErrorText(withCode(FlateErrorCode.UnexpectedEOF), 'en')).toBe(
      'the data ends too early (truncated)',
    );
    expect(zipErrorText(withCode(FlateErrorCode.InvalidDistance), 'fr')).toBe(
      'ses données compressées sont abîmées',
    );
    expect(zipErrorText(withCode(FlateErrorCode.UnknownCompressionMethod), 'en')).toMatch(/method/);
    expect(zipErrorText(withCode(FlateErrorCode.FilenameTooLong), 'fr')).toBe(
      'le lecteur de ZIP s’est arrêté (code 11)',
    );
  });
});

describe('errorText, what a page shows for any failure', () => {
  it('keeps Constat’s own messages, already from the catalogue', () => {
    expect(errorText(new CatalogueError('Le journal est plein.'), 'fr')).toBe('Le journal est plein.');
  });

  it('turns a library’s English into the catalogue’s words', () => {
    expect(errorText(zodError({ ...valid, count: 1.5 }), 'fr')).toBe(
      'champ count : attendu : un nombre entier',
    );
    expect(
      errorText(
        thrown(() => JSON.parse('{')),
        'en',
      ),
    ).toBe('not valid JSON (near character 2)');
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const text = errorText(new TypeError('Cannot read properties of undefined'), 'fr');
      expect(text).toMatch(/^Un problème inattendu s’est produit\./);
      expect(text.endsWith('Détail technique : TypeError: Cannot read properties of undefined')).toBe(true);
    } finally {
      console.error = quiet;
    }
  });
});
