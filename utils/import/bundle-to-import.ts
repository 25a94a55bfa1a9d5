import { z } from 'zod';
import { evidenceFileName } from '../export/evidence-file-name';
import { LogExportError } from '../export/log-export';
import { checkedHeader, checkedReport, type ImportedFile, type ImportedReport } from './imported-file';
import { parseImportJson } from './read-json';
import { unzipBundle } from './read-zip';
import type { Staging } from './staging';

// An evidence bundle (ZIP) read back as the facts a JSON export carries, checked by the same code.
// The bundle names evidence files by kind; their order in report.json gives each file back its id,
// as the bundle writer named them. The ZIP is read once, as it streams: its manifest and history
// are kept, every other file goes to the import's staging area as soon as it is inflated (a file of
// a report may come before the report.json that names it); then each report is read back from
// there and checked, its files staying staged.

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

/** One report folder read back from the staging area, checked; its files stay staged. */
async function stagedReport(staging: Staging, folder: string, zipName: string): Promise<ImportedReport> {
  const reportPath = `${folder}/report.json`;
  const report = parsed(await staging.get(reportPath), reportPath, zipName) as {
    evidence?: unknown;
    createdAt?: unknown;
  };
  const refs = (Array.isArray(report.evidence) ? report.evidence : []) as Ref[];
  const taken = new Set<string>();
  const evidence: unknown[] = [];
  const missingEvidenceIds: unknown[] = [];
  const paths = new Map<unknown, string>();
  for (const ref of refs) {
    const path = `${folder}/${fileNameOf(ref, taken)}`;
    const bytes = await staging.get(path);
    paths.set(ref.id, path);
    if (bytes) evidence.push({ ...ref, createdAt: report.createdAt, bytes });
    else missingEvidenceIds.push(ref.id);
  }
  const checked = await checkedReport({ report, evidence, missingEvidenceIds }, `${zipName}/${folder}`);
  return {
    report: checked.report,
    records: checked.records.map(({ bytes: _bytes, ...record }) => ({
      ...record,
      staged: paths.get(record.id) ?? '',
    })),
  };
}

/** The names whose content is read at once; every other file of the bundle is staged. */
const KEPT = new Set(['manifest.json', 'events.json']);

/** The bundle's content, read as it streams, each report checked as a JSON export's is. */
export async function readBundle(
  stream: ReadableStream<Uint8Array>,
  zipName: string,
  staging: Staging,
): Promise<ImportedFile> {
  const kept = new Map<string, Uint8Array>();
  await unzipBundle(stream, zipName, async (name, bytes) => {
    if (KEPT.has(name)) kept.set(name, bytes);
    else await staging.put(name, bytes);
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
  for (const folder of folders) reports.push(await stagedReport(staging, folder, zipName));
  return { ...header, reports };
}
