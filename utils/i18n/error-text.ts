import { z } from 'zod';
import { browserErrorKey } from './browser-errors';
import { CatalogueError } from './catalogue-error';
import { fill } from './fill';
import { type Lang, t, uiLang } from './index';
import { jsonSyntaxText } from './json-syntax';
import { zodIssuesText } from './zod-issues';

// What a page shows for a failure. Constat's own errors are already in the person's language (their
// messages come from the catalogue); a library's or the browser's are English for developers, so
// they are turned into the catalogue's words from what they are (a zod error, a JSON syntax error, a
// browser error known by its name or its message) or told as an unexpected failure with their own
// text kept only as a technical detail. The original is kept in the console.

/** The error's own text, for a developer or a support request: its name (unless plain) and message. */
function technicalText(error: unknown): string {
  if (!(error instanceof Error || error instanceof DOMException)) return String(error).slice(0, 500);
  const named = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
  return `${named}${error.message}`.slice(0, 500);
}

export function errorText(error: unknown, lang: Lang = uiLang()): string {
  if (error instanceof CatalogueError) return error.message;
  if (error instanceof z.ZodError) return zodIssuesText(error, lang, '; ');
  if (error instanceof SyntaxError) return jsonSyntaxText(error, '', lang);
  console.error('Constat:', error);
  const known = browserErrorKey(error);
  if (known) return t(known, lang);
  return fill(t('browserErrorUnexpected', lang), { detail: technicalText(error) });
}
