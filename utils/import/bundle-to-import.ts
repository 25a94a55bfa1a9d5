import { z } from 'zod';
import { evidenceFileName } from '../export/evidence-file-name';
import { LogExportError } from '../export/log-export';
import { checkedHeader, checkedReport, type ImportedFile, type ImportedReport } from './imported-file';
import { parseImportJson } from './read-json';

// An evidence bundle (ZIP) read back as the facts a JSON export carries, checked by the same code.
// The bundle names evidence files by kind; their order in report.json gives each file back its id,
// as the bundle writer named them. Each report's files go from the unzipped set into the report
// as it is read, so the bytes are held once.

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

function json(files: Map<string, Uint8Array>, path: string, zipName: string): unknown {
  const bytes = files.get(path);
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

function reportEntry(files: Map<string, Uint8Array>, folder: string, zipName: string) {
  const report = json(files, `${folder}/report.json`, zipName) as { evidence?: unknown; createdAt?: unknown };
  const refs = (Array.isArray(report.evidence) ? report.evidence : []) as Ref[];
  const taken = new Set<string>();
  const evidence: unknown[] = [];
  const missingEvidenceIds: unknown[] = [];
  for (const ref of refs) {
    const path = `${folder}/${fileNameOf(ref, taken)}`;
    const bytes = files.get(path);
    files.delete(path);
    if (bytes) evidence.push({ ...ref, createdAt: report.createdAt, bytes });
    else missingEvidenceIds.push(ref.id);
  }
  return { report, evidence, missingEvidenceIds };
}

/** The bundle's content, checked a report at a time as a JSON export's is. */
export async function bundleToImport(files: Map<string, Uint8Array>, zipName: string): Promise<ImportedFile> {
  const parsed = manifestSchema.safeParse(json(files, 'manifest.json', zipName));
  if (!parsed.success) throw new LogExportError('logFileBundleManifest', {}, zipName);
  const manifest = parsed.data;
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
      events: json(files, 'events.json', zipName),
    },
    zipName,
  );
  const folders = [
    ...new Set(manifest.files.map((f) => f.path).filter((p) => p.endsWith('/report.json'))),
  ].map((p) => p.slice(0, -'/report.json'.length));
  const reports: ImportedReport[] = [];
  for (const folder of folders) {
    reports.push(await checkedReport(reportEntry(files, folder, zipName), `${zipName}/${folder}`));
  }
  return { ...header, reports };
}
