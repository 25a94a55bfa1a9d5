import { LogExportError } from '../export/log-export';
import { jsonSyntaxText } from '../i18n/json-syntax';
import { MAX_JSON_STRING_CHARS } from './limits';

// Keys that would reach an object's prototype when a parsed value is copied key by key.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse with the import's limits; the error names what is wrong and, for a bad key, where. */
export function parseImportJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text, function check(key, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new LogExportError('logFileKeyNotAllowed', { key }, fileName);
      if (typeof value === 'string' && value.length > MAX_JSON_STRING_CHARS) {
        throw new LogExportError('logFileValueTooLong', { key, length: value.length }, fileName);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof LogExportError) throw error;
    throw new LogExportError('logFileNotJson', { file: fileName, detail: jsonSyntaxText(error, text) });
  }
}
