import { z } from 'zod';
import { fill } from './fill';
import { type Lang, t, uiLang } from './index';
import { jsonSyntaxText } from './json-syntax';
import { zodIssuesText } from './zod-issues';

// What a page shows for a failure. Constat's own errors are already in the person's language (their
// messages come from the catalogue); a library's or the browser's are English for developers, so
// they are turned into the catalogue's words from what they are (a zod error, a JSON syntax error)
// or named by their technical name, and the original is kept in the console.

/** Errors whose message is English from a library or the browser, never from Constat's catalogue. */
const foreign = new Set(['TypeError', 'RangeError', 'ReferenceError', 'DataError', 'InvalidStateError']);

export function errorText(error: unknown, lang: Lang = uiLang()): string {
  if (error instanceof z.ZodError) return zodIssuesText(error, lang, '; ');
  if (error instanceof SyntaxError) return jsonSyntaxText(error, '', lang);
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (error instanceof DOMException || foreign.has(name)) {
    console.error('Constat:', error);
    return fill(t('errorUnexpected', lang), { name });
  }
  return error instanceof Error ? error.message : String(error);
}
