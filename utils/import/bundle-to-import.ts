import { z } from 'zod';
import { evidenceFileName } from '../export/evidence-file-name';
import { LogExportError } from '../export/log-export';
import {
  type CheckedReport,
  checkedHeader,
  checkedReport,
  type ImportedFile,
  type ImportedReport,
} from './imported-file';
import { parseImportJson } from './read-json';
import { unzipBundle } from './read-zip';
import type { Staging } from './staging';

// An evidence bundle (ZIP) read back as the facts a JSON export carries, checked by the same code.
// The bundle names evidence files by kind; their order in report.json gives each file back its id,
// as the bundle writer named them. The ZIP is read once, as it streams: its manifest and history
// are kept; a report's files are held until its report.json, which Constat writes right after them,
// then the report is checked and its files written once, on their way into the log (staging.ts).
// A folder laid out otherwise (its report.json first, or missing, or a report that does not check)
// goes to the staging area as it comes, as do the held files past a few megabytes; such a folder is
// read back from there once the manifest is read, and checked then, so that an error is named in
// the order of the manifest whatever the order of the entries.

const manifestSchema = z.looseObject({
  format: z.literal('constat-bundle'),
  formatVersion: z.number().int(),
  exportedAt: z.string(),
  extensionVersion: z.string(),
  scope: z.enum(['log', 'selection']),
  chainHead: z.unknown(),
  unreadable: z.array(z.unknown()),
  files: z.array(z.object({ path: z.string() })),
});

export const BUNDLE_FORMAT_VERSION = 1;

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function parsed(bytes: Uint8Array | null, path: string, zipName: string): unknown {
  if (!bytes) throw new LogExportError('logFileBundleMissing', { path }, zipName);
  return parseImportJson(decode(bytes), `${zipName}/${path}`);
}

interface Ref {
  id?: unknown;
  kind?: unknown;
  mime?: unknown;
}

function fileNameOf(ref: Ref, taken: Set<string>): string {
  return evidenceFileName(String(ref.kind), String(ref.mime), taken);
}

/** A report folder's report.json and files, checked; each file's path by its id. */
async function checkedFolder(
  folder: string,
  reportJson: Uint8Array | null,
  fileAt: (path: string) => Promise<Uint8Array | null>,
  zipName: string,
): Promise<{ checked: CheckedReport; paths: Map<unknown, string> }> {
  const reportPath = `${folder}/report.json`;
  const report = parsed(reportJson, reportPath, zipName) as { evidence?: unknown; createdAt?: unknown };
  const refs = (Array.isArray(report.evidence) ? report.evidence : []) as Ref[];
  const taken = new Set<string>();
  const evidence: unknown[] = [];
  const missingEvidenceIds: unknown[] = [];
  const paths = new Map<unknown, string>();
  for (const ref of refs) {
    const path = `${folder}/${fileNameOf(ref, taken)}`;
    const bytes = await fileAt(path);
    paths.set(ref.id, path);
    if (bytes) evidence.push({ ...ref, createdAt: report.createdAt, bytes });
    else missingEvidenceIds.push(ref.id);
  }
  const checked = await checkedReport({ report, evidence, missingEvidenceIds }, `${zipName}/${folder}`);
  return { checked, paths };
}

/** One report folder read back from the staging area, checked; its files stay staged. */
async function stagedReport(staging: Staging, folder: string, zipName: string): Promise<ImportedReport> {
  const reportJson = await staging.get(`${folder}/report.json`);
  const { checked, paths } = await checkedFolder(folder, reportJson, (path) => staging.get(path), zipName);
  return {
    report: checked.report,
    records: checked.records.map(({ bytes: _bytes, ...record }) => ({
      ...record,
      staged: paths.get(record.id) ?? '',
    })),
  };
}

/** Bytes of files held in memory until their report.json comes; past it, they are staged. */
const HOLD_BYTES = 32 * 1024 * 1024;

/** The report folders of a bundle as its entries stream in. */
class BundleFolders {
  /** Files waiting for their folder's report.json, by folder and name. */
  private readonly held = new Map<string, Map<string, Uint8Array>>();
  private heldBytes = 0;
  /** Folders whose report was checked and its files written as its report.json came. */
  readonly checked = new Map<string, ImportedReport>();
  /** Folders in the staging area, read back once the manifest is read. */
  private readonly staged = new Set<string>();

  constructor(
    private readonly staging: Staging,
    private readonly zipName: string,
  ) {}

  async add(path: string, bytes: Uint8Array): Promise<void> {
    const cut = path.lastIndexOf('/');
    // Files at the top (README.txt, SHA256SUMS) and a checked folder's other files are not read.
    if (cut < 0 || this.checked.has(path.slice(0, cut))) return;
    const folder = path.slice(0, cut);
    if (this.staged.has(folder)) return this.staging.put(path, bytes);
    if (path.endsWith('/report.json')) return this.reportJson(folder, bytes);
    const files = this.held.get(folder) ?? new Map<string, Uint8Array>();
    this.heldBytes += bytes.byteLength - (files.get(path)?.byteLength ?? 0);
    this.held.set(folder, files.set(path, bytes));
    if (this.heldBytes > HOLD_BYTES) for (const waiting of [...this.held.keys()]) await this.stage(waiting);
  }

  /** A folder's report.json: the report checked with the files held, which are then written once. */
  private async reportJson(folder: string, bytes: Uint8Array): Promise<void> {
    const files = this.held.get(folder) ?? new Map<string, Uint8Array>();
    // A file the report lists and that is not held may still come (entries in another order).
    let allHeld = true;
    const heldFile = async (path: string) => {
      const file = files.get(path) ?? null;
      allHeld &&= file !== null;
      return file;
    };
    const found = await checkedFolder(folder, bytes, heldFile, this.zipName).catch(() => null);
    if (!found || !allHeld) {
      // Read back and checked once the whole bundle is read, in the order of the manifest.
      await this.stage(folder);
      return this.staging.put(`${folder}/report.json`, bytes);
    }
    this.drop(folder);
    const { checked, paths } = found;
    const named = checked.records.map((record) => ({ name: paths.get(record.id) ?? '', record }));
    this.checked.set(folder, {
      report: checked.report,
      records: await this.staging.add(checked.report.id, named),
    });
  }

  /** Moves a folder's held files, and those to come, to the staging area. */
  private async stage(folder: string): Promise<void> {
    this.staged.add(folder);
    const files = this.held.get(folder);
    this.drop(folder);
    for (const [path, bytes] of files ?? []) await this.staging.put(path, bytes);
  }

  private drop(folder: string): void {
    for (const bytes of this.held.get(folder)?.values() ?? []) this.heldBytes -= bytes.byteLength;
    this.held.delete(folder);
  }

  /** A folder of the manifest: as checked when its report.json came, or read back from the staging area. */
  report(folder: string): Promise<ImportedReport> {
    return Promise.resolve(this.checked.get(folder) ?? stagedReport(this.staging, folder, this.zipName));
  }
}

/** The names whose content is read at once; every other file goes to its report folder's turn. */
const KEPT = new Set(['manifest.json', 'events.json']);

/** The bundle's content, read as it streams, each report checked as a JSON export's is. */
export async function readBundle(
  stream: ReadableStream<Uint8Array>,
  zipName: string,
  staging: Staging,
): Promise<ImportedFile> {
  const kept = new Map<string, Uint8Array>();
  const bundle = new BundleFolders(staging, zipName);
  await unzipBundle(stream, zipName, async (name, bytes) => {
    if (KEPT.has(name)) kept.set(name, bytes);
    else await bundle.add(name, bytes);
  });
  const json = (path: string) => parsed(kept.get(path) ?? null, path, zipName);
  const parsedManifest = manifestSchema.safeParse(json('manifest.json'));
  if (!parsedManifest.success) throw new LogExportError('logFileBundleManifest', {}, zipName);
  const manifest = parsedManifest.data;
  if (manifest.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw new LogExportError('logFileBundleNewer', { file: zipName, version: manifest.formatVersion });
  }
  const header = checkedHeader(
    {
      format: 'constat-log',
      formatVersion: 2,
      exportedAt: manifest.exportedAt,
      extensionVersion: manifest.extensionVersion,
      scope: manifest.scope,
      chainHead: manifest.chainHead,
      unreadable: manifest.unreadable,
      events: json('events.json'),
    },
    zipName,
  );
  kept.clear();
  const folders = [
    ...new Set(manifest.files.map((f) => f.path).filter((p) => p.endsWith('/report.json'))),
  ].map((p) => p.slice(0, -'/report.json'.length));
  const reports: ImportedReport[] = [];
  for (const folder of folders) reports.push(await bundle.report(folder));
  return { ...header, reports };
}
