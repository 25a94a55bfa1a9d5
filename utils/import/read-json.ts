import { LogExportError } from '../export/log-export';
import { MAX_JSON_STRING_CHARS } from './limits';

// Keys that would reach an object's prototype when a parsed value is copied key by key.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse with the import's limits; the error names what is wrong and, for a bad key, where. */
export function parseImportJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text, function check(key, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new LogExportError(`${fileName}: the key "${key}" is not allowed.`);
      if (typeof value === 'string' && value.length > MAX_JSON_STRING_CHARS) {
        throw new LogExportError(
          `${fileName}: the value of "${key}" is ${value.length} characters long, more than an export of Constat holds.`,
        );
      }
      return value;
    });
  } catch (error) {
    if (error instanceof LogExportError) throw error;
    throw new LogExportError(
      `${fileName} is not valid JSON (truncated or damaged): ${(error as Error).message}`,
    );
  }
}
