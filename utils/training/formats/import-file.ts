import { errorText } from '../../i18n/error-text';
import { fromCsv } from './csv';
import { fromDoccano } from './doccano';
import { fromJsonl } from './jsonl';
import { fromLabelStudio } from './label-studio';
import { ImportError, type ImportIssue, type LabelledItem } from './labelled-item';

// Reads a file of labelled items in any of the four formats. All or nothing: a file with a single
// bad line imports nothing and names every bad line, so nothing is half-imported or silently lost.

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 50_000;
const MAX_LISTED_ISSUES = 50;

export const labelledFormats = ['jsonl', 'csv', 'label-studio', 'doccano'] as const;
export type LabelledFormat = (typeof labelledFormats)[number];

/** The format a file is in, from its name and, for JSON lines, what its first line holds. */
export function detectFormat(fileName: string, text: string): LabelledFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  const start = text.trimStart();
  if (start.startsWith('[')) return 'label-studio';
  const first = start.split('\n', 1)[0] ?? '';
  try {
    const line = JSON.parse(first) as Record<string, unknown>;
    return Array.isArray(line.label) ? 'doccano' : 'jsonl';
  } catch {
    return name.endsWith('.json') ? 'label-studio' : 'jsonl';
  }
}

const readers: Record<LabelledFormat, (text: string) => { items: LabelledItem[]; issues: ImportIssue[] }> = {
  jsonl: fromJsonl,
  csv: fromCsv,
  'label-studio': fromLabelStudio,
  doccano: fromDoccano,
};

export function checkSize(size: number): void {
  if (size > MAX_IMPORT_BYTES)
    throw new ImportError('trainingImportErrorTooLarge', {
      size: (size / 1024 / 1024).toFixed(1),
      max: MAX_IMPORT_BYTES / 1024 / 1024,
    });
}

export function readLabelledFile(
  fileName: string,
  text: string,
): { format: LabelledFormat; items: LabelledItem[] } {
  checkSize(new Blob([text]).size);
  const format = detectFormat(fileName, text);
  let read: { items: LabelledItem[]; issues: ImportIssue[] };
  try {
    read = readers[format](text);
  } catch (error) {
    throw new ImportError('trainingImportErrorUnreadable', { format, detail: errorText(error) });
  }
  const { items, issues } = read;
  if (issues.length > 0) {
    const listed =
      issues.length > MAX_LISTED_ISSUES
        ? 'trainingImportErrorInvalidItemsListed'
        : 'trainingImportErrorInvalidItems';
    throw new ImportError(
      listed,
      { count: issues.length, format, listed: MAX_LISTED_ISSUES },
      issues.slice(0, MAX_LISTED_ISSUES),
    );
  }
  if (items.length === 0) throw new ImportError('trainingImportErrorEmpty', { format });
  if (items.length > MAX_IMPORT_ITEMS)
    throw new ImportError('trainingImportErrorTooManyItems', { count: items.length, max: MAX_IMPORT_ITEMS });
  return { format, items };
}
