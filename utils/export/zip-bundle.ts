import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { sha256Hex } from '../evidence/hash';
import type { LogEvent } from '../log/event';
import type { EvidenceRecord, Report } from '../model';
import { bundleReadme } from './bundle-readme';
import { evidenceFileName } from './evidence-file-name';
import type { LogSource } from './log-source';
import type { ExportSink } from './sink';

// The evidence bundle: a ZIP a recipient can check with `sha256sum -c SHA256SUMS`. Written with
// fflate's synchronous streaming Zip: each evidence file is read from IndexedDB on its own when the
// bundle reaches it and pushed in small slices, and what fflate emits goes to the sink after each
// slice, so one file (and a slice of its compressed form) is all the bundle ever holds. The files
// written from the whole log (`events.json`, `manifest.json`, `SHA256SUMS`) are written as their
// text is made, a slice at a time, hashed as they go with @noble/hashes (Web Crypto hashes only a
// whole buffer): what they hold is the small record of each file, never the log's text.

export interface BundleEntry {
  path: string;
  size: number;
  sha256: string;
}

/** Already-compressed images are stored as they are; text is deflated. */
function compressible(path: string): boolean {
  return !/\.(png|jpg|webp)$/.test(path);
}

/** A file name the recipient's system accepts, from the capture time and report id. */
export function reportFolder(report: Report): string {
  return `reports/${report.meta.capturedAt.replace(/[:.]/g, '-')}_${report.id}`;
}

function evidenceName(record: EvidenceRecord, taken: Set<string>): string {
  return evidenceFileName(record.kind, record.mime, taken);
}

/** What is pushed into fflate at once; the sink receives its output before the next slice. */
const SLICE_BYTES = 64 * 1024;

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
const text = (value: string) => new TextEncoder().encode(value);

/** `events.json`: the events as `json` would write their array, read a batch at a time. */
async function* eventsJson(source: Pick<LogSource, 'events'>): AsyncGenerator<string> {
  let first = true;
  for await (const events of source.events()) {
    for (const event of events) {
      yield `${first ? '[\n  ' : ',\n  '}${JSON.stringify(event, null, 2).replaceAll('\n', '\n  ')}`;
      first = false;
    }
  }
  yield first ? '[]\n' : '\n]\n';
}

/** `manifest.json`: `json(manifest)` with `files` (its last field) written an entry at a time. */
function* manifestJson(fields: Record<string, unknown>, files: readonly BundleEntry[]): Generator<string> {
  yield `${JSON.stringify(fields, null, 2).slice(0, -2)},\n  "files": [`;
  for (const [i, entry] of files.entries()) {
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(entry, null, 2).replaceAll('\n', '\n    ')}`;
  }
  yield files.length === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

/** `SHA256SUMS`, a line a file. */
function* sumsText(files: readonly BundleEntry[]): Generator<string> {
  for (const entry of files) yield `${entry.sha256}  ${entry.path}\n`;
}

class BundleWriter {
  readonly entries: BundleEntry[] = [];
  private readonly pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.pending.push(chunk);
  });

  constructor(
    private readonly sink: ExportSink,
    private readonly mtime: Date,
  ) {}

  /** One file whose bytes are at hand, hashed whole with Web Crypto. */
  async add(path: string, bytes: Uint8Array, listed = true): Promise<void> {
    if (listed) this.entries.push({ path, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
    const file = this.open(path);
    let start = 0;
    do {
      const end = Math.min(bytes.byteLength, start + SLICE_BYTES);
      await this.push(file, bytes.subarray(start, end), end === bytes.byteLength);
      start = end;
    } while (start < bytes.byteLength);
  }

  /**
   * One file written as its text is made, hashed as it goes. Its bytes reach fflate in the same
   * slices `add` would cut from the whole text (the last full slice waits to learn whether it is the
   * last), so the bundle is byte for byte the one `add` writes.
   */
  async addText(path: string, parts: AsyncIterable<string> | Iterable<string>, listed = true): Promise<void> {
    const file = this.open(path);
    const hash = sha256.create();
    let size = 0;
    let slice = new Uint8Array(SLICE_BYTES);
    let filled = 0;
    let full: Uint8Array | null = null;
    for await (const part of parts) {
      const bytes = text(part);
      hash.update(bytes);
      size += bytes.byteLength;
      for (let start = 0; start < bytes.byteLength; ) {
        const taken = Math.min(SLICE_BYTES - filled, bytes.byteLength - start);
        slice.set(bytes.subarray(start, start + taken), filled);
        filled += taken;
        start += taken;
        if (filled < SLICE_BYTES) continue;
        if (full) await this.push(file, full, false);
        full = slice;
        slice = new Uint8Array(SLICE_BYTES);
        filled = 0;
      }
    }
    if (full && filled === 0) await this.push(file, full, true);
    else {
      if (full) await this.push(file, full, false);
      await this.push(file, slice.subarray(0, filled), true);
    }
    if (listed) this.entries.push({ path, size, sha256: bytesToHex(hash.digest()) });
  }

  private open(path: string): ZipDeflate | ZipPassThrough {
    const file = compressible(path) ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    file.mtime = this.mtime;
    this.zip.add(file);
    return file;
  }

  /** One slice into fflate, and what it emits on to the sink. */
  private async push(file: ZipDeflate | ZipPassThrough, slice: Uint8Array, final: boolean): Promise<void> {
    file.push(slice, final);
    await this.flush();
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    for (const chunk of this.pending.splice(0)) await this.sink.write(chunk);
  }
}

async function addReport(writer: BundleWriter, report: Report, file: LogSource['file'], events: LogEvent[]) {
  const folder = reportFolder(report);
  const taken = new Set<string>();
  for (const ref of report.evidence) {
    // Read here, written, then dropped: the report's other files are not in memory meanwhile.
    const record = await file(ref.id);
    if (record?.reportId === report.id)
      await writer.add(`${folder}/${evidenceName(record, taken)}`, new Uint8Array(record.bytes));
  }
  await writer.add(`${folder}/report.json`, json(report));
  for (const [i, notice] of report.notices.entries()) {
    await writer.add(
      `${folder}/notice-${i + 1}-${notice.channelId.replace(/[^a-z0-9-]/gi, '_')}.txt`,
      text(notice.text),
    );
  }
  await writer.add(`${folder}/history.json`, json(events));
}

export interface BundleOptions {
  now?: Date;
  extensionVersion: string;
  onProgress?: (done: number, total: number) => void;
}

/** Writes the bundle into the sink; returns the files it lists with their sizes and hashes. */
export async function writeEvidenceBundle(
  sink: ExportSink,
  source: LogSource,
  { now = new Date(), extensionVersion, onProgress }: BundleOptions,
): Promise<BundleEntry[]> {
  const writer = new BundleWriter(sink, now);
  const exportedAt = now.toISOString();
  await writer.add('README.txt', text(bundleReadme(source.head, exportedAt, source.scope)));
  await writer.addText('events.json', eventsJson(source));
  let done = 0;
  for await (const { reports, events } of source.batches()) {
    for (const report of reports) {
      await addReport(writer, report, source.file, events.get(report.id) ?? []);
      done++;
      onProgress?.(done, Math.max(done, source.total));
    }
  }
  const manifest = {
    format: 'constat-bundle',
    formatVersion: 1,
    exportedAt,
    extensionVersion,
    scope: source.scope,
    chainHead: source.head,
    unreadable: source.unreadable,
  };
  // The files written so far: the manifest lists them, then SHA256SUMS lists them and it.
  await writer.addText('manifest.json', manifestJson(manifest, writer.entries.slice()));
  await writer.addText('SHA256SUMS', sumsText(writer.entries), false);
  await writer.end();
  return writer.entries;
}
