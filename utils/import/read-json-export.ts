import { base64ToBytes } from '../export/base64';
import { LogExportError } from '../export/log-export';
import { t } from '../i18n';
import { fill } from '../i18n/fill';
import {
  checkedHeader,
  checkedReport,
  type ImportedFile,
  type ImportedReport,
  stagedFiles,
} from './imported-file';
import { MAX_JSON_STRING_CHARS } from './limits';
import { parseImportJson } from './read-json';
import type { Staging } from './staging';

// A JSON export read as it streams, a report at a time. Constat writes its exports with the header
// and `"reports":[` on the first line, then one report per line, then the unreadable list and the
// events (log-export.ts); JSON.stringify never writes a raw line break, so these lines are exactly
// the file's structure. Each report line is parsed, its base64 decoded and checked, its files
// staged (staging.ts) and its text dropped before the next is read. A file laid out otherwise
// (hand-edited, pretty-printed, an older export) is read whole, within the size limit checked
// before reading.

/** A report line: one report, its files in base64 (each within the string limit), some JSON around. */
const MAX_LINE_CHARS = 4 * MAX_JSON_STRING_CHARS;
const REPORTS_OPEN = /^(\{.*),"reports":\[$/;

/** The stream's UTF-8 text a line at a time; a line longer than `max` characters fails. */
async function* lines(stream: ReadableStream<Uint8Array>, max: number, fileName: string) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let parts: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      parts.push(text.slice(start, end));
      yield parts.join('');
      parts = [];
      length = 0;
      start = end + 1;
    }
    parts.push(text.slice(start));
    length += text.length - start;
    if (length > max) {
      await reader.cancel();
      throw new LogExportError('logFileLineTooLong', { file: fileName, max });
    }
    if (done) {
      if (length > 0) yield parts.join('');
      return;
    }
  }
}

/** A report's files from base64 to bytes, so that only the bytes stay. */
function decodedEntry(entry: unknown, where: string): unknown {
  const evidence = (entry as { evidence?: unknown } | null)?.evidence;
  if (!Array.isArray(evidence)) return entry;
  return {
    ...(entry as object),
    evidence: evidence.map((item: unknown, i) => {
      const base64 = (item as { base64?: unknown } | null)?.base64;
      if (typeof base64 !== 'string') return item;
      const { base64: _base64, ...rest } = item as Record<string, unknown>;
      try {
        return { ...rest, bytes: base64ToBytes(base64) };
      } catch {
        throw new LogExportError('logFileBadBase64', { n: i + 1 }, where);
      }
    }),
  };
}

/** Where a report is in a file, for an error about it: "file.json, report 3". */
const reportPlace = (fileName: string, n: number) => fill(t('logFileReportPlace'), { file: fileName, n });

/** The lines after the first, a report at a time, then the rest of the file as one object. */
async function readReportLines(
  rest: AsyncGenerator<string>,
  fileName: string,
  staging: Staging,
): Promise<{ reports: ImportedReport[]; tail: Record<string, unknown> }> {
  const reports: ImportedReport[] = [];
  let expectMore = false;
  for (;;) {
    const next = await rest.next();
    if (next.done) throw new LogExportError('logFileEndsInReports', { file: fileName });
    const line = next.value.trimEnd();
    if (line.startsWith(']') && !expectMore) {
      const tailLines = [line];
      for await (const tailLine of rest) tailLines.push(tailLine);
      const tail = parseImportJson(`{${tailLines.join('\n').slice(2)}`, fileName);
      return { reports, tail: tail as Record<string, unknown> };
    }
    expectMore = line.endsWith(',');
    const where = reportPlace(fileName, reports.length + 1);
    const entry = parseImportJson(expectMore ? line.slice(0, -1) : line, where);
    reports.push(await stagedFiles(await checkedReport(decodedEntry(entry, where), where), staging));
  }
}

/** A whole JSON file's content, parsed and checked a report at a time. */
async function fromWhole(json: unknown, fileName: string, staging: Staging): Promise<ImportedFile> {
  const { reports: raw, ...header } = (typeof json === 'object' && json !== null ? json : {}) as {
    reports?: unknown;
  };
  const checked = checkedHeader(header, fileName);
  if (!Array.isArray(raw)) throw new LogExportError('logFileNoReports', {}, fileName);
  const reports: ImportedReport[] = [];
  for (const [i, entry] of raw.entries()) {
    const where = reportPlace(fileName, i + 1);
    reports.push(await stagedFiles(await checkedReport(decodedEntry(entry, where), where), staging));
    raw[i] = null;
  }
  return { ...checked, reports };
}

/** A JSON export, streamed a report at a time when laid out as Constat writes it. */
export async function readJsonExport(file: Blob, fileName: string, staging: Staging): Promise<ImportedFile> {
  const all = lines(file.stream(), MAX_LINE_CHARS, fileName);
  const first = await all.next();
  const head = first.done ? '' : first.value.trimEnd();
  const opening = REPORTS_OPEN.exec(head);
  if (!opening) {
    const others: string[] = [head];
    for await (const line of all) others.push(line);
    return fromWhole(parseImportJson(others.join('\n'), fileName), fileName, staging);
  }
  const header = parseImportJson(`${opening[1]}}`, fileName) as Record<string, unknown>;
  // The format is checked before any report is read: a newer or foreign file fails at once.
  checkedHeader({ ...header, reports: undefined, unreadable: [], events: [] }, fileName);
  const { reports, tail } = await readReportLines(all, fileName, staging);
  if (Object.hasOwn(tail, 'reports') || Object.keys(tail).some((key) => Object.hasOwn(header, key))) {
    throw new LogExportError('logFileFieldTwice', {}, fileName);
  }
  return { ...checkedHeader({ ...header, ...tail }, fileName), reports };
}
