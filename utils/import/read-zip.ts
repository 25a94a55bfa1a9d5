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
 * bomb's declared sizes lie), each handed to `onFile` as soon as it is whole and before more of the
 * ZIP is read: refused as a whole if any entry escapes the bundle or the output passes the limits.
 * Neither the ZIP nor its files are kept here.
 */
export async function unzipBundle(
  stream: ReadableStream<Uint8Array>,
  fileName: string,
  onFile: (name: string, bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  /** Files inflated by the last push (fflate calls back synchronously), handed on before the next. */
  const whole: [string, Uint8Array][] = [];
  let files = 0;
  let total = 0;
  let failure: LogExportError | null = null;
  const fail = (problem: LogFileProblem, values: ProblemValues = {}) => {
    failure ??= new LogExportError(problem, values, fileName);
  };
  const unzip = new Unzip((entry) => {
    if (failure) return entry.terminate();
    if (!safeEntryName(entry.name)) return fail('logFileZipOutside', { entry: entry.name });
    if (++files > MAX_ZIP_ENTRIES) return fail('logFileZipTooManyFiles');
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
      if (final) whole.push([entry.name, concat(chunks, size)]);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  /** What onFile threw (a storage failure, a bad file): its own error, not the ZIP's. */
  const refused: { error?: unknown } = {};
  const handOn = async () => {
    try {
      for (const [name, bytes] of whole.splice(0)) if (!failure) await onFile(name, bytes);
    } catch (error) {
      refused.error = error;
      throw error;
    }
  };
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !failure; read = await reader.read()) {
      if (read.done) {
        unzip.push(new Uint8Array(0), true);
        await handOn();
        break;
      }
      // In slices: fflate handles the entries of one push recursively, and a bundle of thousands of
      // small files pushed at once overflows the stack.
      for (let start = 0; start < read.value.byteLength && !failure; start += PUSH_BYTES) {
        unzip.push(read.value.subarray(start, start + PUSH_BYTES));
        await handOn();
      }
    }
  } catch (error) {
    if ('error' in refused) {
      await reader.cancel().catch(() => undefined);
      throw refused.error;
    }
    fail('logFileZipUnreadable', { detail: zipErrorText(error) });
  }
  if (failure) {
    await reader.cancel().catch(() => undefined);
    throw failure;
  }
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
