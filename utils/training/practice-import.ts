import { t } from '../i18n';
import { jsonSyntaxText } from '../i18n/json-syntax';
import { issueLine } from '../i18n/zod-issues';
import { checkSize } from './formats/import-file';
import { ImportError, type ImportIssue, issueText, placeIn, unreadableText } from './formats/labelled-item';
import { PRACTICE_SET_FORMAT, type PracticeSet, practiceItemSchema, practiceSetSchema } from './practice-set';

// A trainer's reference set, as a file: the whole set as JSON (what "Share" writes), or one item a
// line (JSONL), the set then named after the file. All or nothing, every bad item named.

function fromJson(text: string): PracticeSet {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError('trainingImportErrorNotJson', { detail: jsonSyntaxText(error, text) });
  }
  const parsed = practiceSetSchema.safeParse(value);
  if (!parsed.success)
    throw new ImportError(
      'trainingImportErrorInvalidSet',
      {},
      parsed.error.issues
        .slice(0, 50)
        .map((issue) => ({ where: t('detailWhereFile'), message: issueLine(issue) })),
    );
  return parsed.data;
}

function fromJsonl(fileName: string, text: string): PracticeSet {
  const items: unknown[] = [];
  const issues: ImportIssue[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = practiceItemSchema.safeParse(JSON.parse(line));
      if (parsed.success) items.push(parsed.data);
      else issues.push({ where: placeIn('detailWhereLine', i + 1), message: issueText(parsed.error) });
    } catch (error) {
      issues.push({ where: placeIn('detailWhereLine', i + 1), message: unreadableText(error, line) });
    }
  });
  if (issues.length > 0)
    throw new ImportError('trainingImportErrorInvalidLines', { count: issues.length }, issues.slice(0, 50));
  const id = fileName.replace(/\.[^.]*$/, '').slice(0, 100) || 'imported-set';
  return fromJson(
    JSON.stringify({ format: PRACTICE_SET_FORMAT, version: 1, id, title: id, description: '', items }),
  );
}

export function readPracticeSetFile(fileName: string, text: string): PracticeSet {
  checkSize(new Blob([text]).size);
  return text.trimStart().startsWith('{') && !fileName.toLowerCase().endsWith('.jsonl')
    ? fromJson(text)
    : fromJsonl(fileName, text);
}

/** The set as the file "Share" writes, readable back by readPracticeSetFile. */
export function practiceSetFile(set: PracticeSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}
