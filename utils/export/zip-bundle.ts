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
// slice, so one file (and a slice of its compressed form) is all the bundle ever holds.

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

/**
 * `events.json`: the events as `json` would write their array, read a batch at a time. Only its
 * text is held, not the events: Web Crypto hashes a whole buffer, never a stream, and the manifest
 * lists this file's SHA-256.
 */
async function eventsJson(source: Pick<LogSource, 'events'>): Promise<Uint8Array> {
  const parts: string[] = [];
  for await (const events of source.events()) {
    for (const event of events) parts.push(JSON.stringify(event, null, 2).replaceAll('\n', '\n  '));
  }
  return text(parts.length === 0 ? '[]\n' : `[\n  ${parts.join(',\n  ')}\n]\n`);
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

  async add(path: string, bytes: Uint8Array, listed = true): Promise<void> {
    if (listed) this.entries.push({ path, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
    const file = compressible(path) ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    file.mtime = this.mtime;
    this.zip.add(file);
    let start = 0;
    do {
      const end = Math.min(bytes.byteLength, start + SLICE_BYTES);
      file.push(bytes.subarray(start, end), end === bytes.byteLength);
      await this.flush();
      start = end;
    } while (start < bytes.byteLength);
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
  await writer.add('events.json', await eventsJson(source));
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
    files: writer.entries,
  };
  await writer.add('manifest.json', json(manifest));
  const sums = writer.entries.map((entry) => `${entry.sha256}  ${entry.path}\n`).join('');
  await writer.add('SHA256SUMS', text(sums), false);
  await writer.end();
  return writer.entries;
}
