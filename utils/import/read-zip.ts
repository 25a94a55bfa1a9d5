import { Unzip, UnzipInflate } from 'fflate';
import { LogExportError, type LogFileProblem, type ProblemValues } from '../export/log-export';
import { MAX_UNZIPPED_BYTES, MAX_UNZIPPED_FILE_BYTES, MAX_ZIP_ENTRIES } from './limits';
import { zipErrorText } from './zip-error-text';

const PUSH_BYTES = 256 * 1024;

/** A name that stays inside the bundle: relative, forward slashes, no `..`, no drive. */
function safeEntryName(name: string): boolean {
  if (name.startsWith('/') || name.includes('\\') || /^[a-z]:/i.test(name) || name.includes('\0'))
    return false;
  return !name.split('/').some((part) => part === '..');
}

/**
 * The files of a ZIP, read as it streams and inflated with fflate while counting real output (a ZIP
 * bomb's declared sizes lie): refused as a whole if any entry escapes the bundle or the output
 * passes the limits. Only the inflated files are kept, never the ZIP itself.
 */
export async function unzipBundle(
  stream: ReadableStream<Uint8Array>,
  fileName: string,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let failure: LogExportError | null = null;
  const fail = (problem: LogFileProblem, values: ProblemValues = {}) => {
    failure ??= new LogExportError(problem, values, fileName);
  };
  const unzip = new Unzip((entry) => {
    if (failure) return entry.terminate();
    if (!safeEntryName(entry.name)) return fail('logFileZipOutside', { entry: entry.name });
    if (files.size >= MAX_ZIP_ENTRIES) return fail('logFileZipTooManyFiles');
    if (entry.name.endsWith('/')) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail('logFileZipDamaged', { entry: entry.name, detail: zipErrorText(error) });
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (size > MAX_UNZIPPED_FILE_BYTES || total > MAX_UNZIPPED_BYTES) {
        entry.terminate();
        return fail('logFileZipBomb');
      }
      chunks.push(chunk);
      if (final) files.set(entry.name, concat(chunks, size));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !failure; read = await reader.read()) {
      if (read.done) {
        unzip.push(new Uint8Array(0), true);
        break;
      }
      // In slices: fflate handles the entries of one push recursively, and a bundle of thousands of
      // small files pushed at once overflows the stack.
      for (let start = 0; start < read.value.byteLength && !failure; start += PUSH_BYTES) {
        unzip.push(read.value.subarray(start, start + PUSH_BYTES));
      }
    }
  } catch (error) {
    fail('logFileZipUnreadable', { detail: zipErrorText(error) });
  }
  if (failure) {
    await reader.cancel().catch(() => undefined);
    throw failure;
  }
  return files;
}

/** The entry's bytes in a buffer of their own (a single chunk may be a view into the pushed data). */
function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
