import type { z } from 'zod';
import { fill } from './fill';
import { type Lang, type MessageKey, t, uiLang } from './index';

// zod's issue messages are English, written for developers. A person reads each issue instead as
// "field <path>: <what was expected>", built from the issue's code and values and the catalogue.

type Issue = z.core.$ZodIssue;

/** How many issues are written out; the rest are counted. */
const SHOWN = 5;

const typeNames: Record<string, MessageKey> = {
  string: 'detailTypeString',
  number: 'detailTypeNumber',
  int: 'detailTypeInteger',
  boolean: 'detailTypeBoolean',
  array: 'detailTypeList',
  tuple: 'detailTypeList',
  object: 'detailTypeObject',
  record: 'detailTypeObject',
  null: 'detailTypeNull',
  date: 'detailTypeDate',
};

const formatNames: Record<string, MessageKey> = {
  datetime: 'detailFormatDateTime',
  uuid: 'detailFormatId',
  guid: 'detailFormatId',
  base64: 'detailFormatBase64',
  url: 'detailFormatAddress',
  email: 'detailFormatEmail',
};

const expected = (what: string, lang: Lang) => fill(t('detailExpected', lang), { expected: what });

function sizeText(issue: Issue & { code: 'too_small' | 'too_big' }, lang: Lang): string {
  const small = issue.code === 'too_small';
  const n = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
    if (small && n === 1) return t('detailEmpty', lang);
    const text = issue.origin === 'string';
    const key: MessageKey = small
      ? text
        ? 'detailTooShort'
        : 'detailTooFew'
      : text
        ? 'detailTooLong'
        : 'detailTooMany';
    return expected(fill(t(key, lang), { n }), lang);
  }
  const key: MessageKey = small
    ? issue.inclusive === false
      ? 'detailAboveNumber'
      : 'detailTooSmallNumber'
    : issue.inclusive === false
      ? 'detailBelowNumber'
      : 'detailTooBigNumber';
  return expected(fill(t(key, lang), { n }), lang);
}

/** A custom issue names its catalogue entry in `params.problem` (and its values in `params.values`). */
function customText(issue: Issue & { code: 'custom' }, lang: Lang): string {
  const problem = issue.params?.problem as MessageKey | undefined;
  if (problem === undefined) return t('detailInvalid', lang);
  return fill(t(problem, lang), (issue.params?.values ?? {}) as Record<string, string | number>);
}

/**
 * An absent field. zod reports the input only when asked (`reportInput`); otherwise its default
 * message, written before the input is dropped, is the one place that says the value was undefined.
 */
function isMissing(issue: Issue & { code: 'invalid_type' }): boolean {
  return 'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

/** What was wrong with the value, in words of the catalogue. */
export function issueProblem(issue: Issue, lang: Lang = uiLang()): string {
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return t('detailMissing', lang);
      return expected(t(typeNames[issue.expected] ?? 'detailTypeOther', lang), lang);
    case 'too_small':
    case 'too_big':
      return sizeText(issue, lang);
    case 'invalid_format':
      return expected(t(formatNames[issue.format] ?? 'detailFormatOther', lang), lang);
    case 'invalid_value':
      return expected(
        fill(t('detailOneOf', lang), { values: issue.values.map((v) => JSON.stringify(v)).join(', ') }),
        lang,
      );
    case 'unrecognized_keys':
      return fill(t('detailUnknownFields', lang), { keys: issue.keys.join(', ') });
    case 'invalid_union':
      return t('detailNoForm', lang);
    case 'custom':
      return customText(issue, lang);
    default:
      return t('detailInvalid', lang);
  }
}

/** One issue as "field reports.2.id: expected an identifier (UUID)"; an issue about the whole value is its problem alone. */
export function issueLine(issue: Issue, lang: Lang = uiLang()): string {
  const problem = issueProblem(issue, lang);
  if (issue.path.length === 0) return problem;
  return fill(t('detailField', lang), { path: issue.path.map(String).join('.'), problem });
}

/** A zod error's first issues, one a line, and how many more there were. */
export function zodIssuesText(error: z.ZodError, lang: Lang = uiLang(), separator = '\n'): string {
  const lines = error.issues.slice(0, SHOWN).map((issue) => issueLine(issue, lang));
  const more = error.issues.length - SHOWN;
  if (more > 0) lines.push(fill(t('detailMore', lang), { count: more }));
  return lines.join(separator);
}
