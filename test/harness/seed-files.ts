import { commitChange } from '../../utils/db/log-events';
import { openConstatDB } from '../../utils/db/open';
import { sha256Hex } from '../../utils/evidence/hash';
import { createdDraft, withReportState } from '../../utils/log/report-events';
import type { EvidenceKind, EvidenceRecord, EvidenceRef, Report } from '../../utils/model';
import { syntheticReport } from './synthetic-log';

// Runs in an extension page (bundled by the page that imports it): synthetic reports with the files
// of a real capture, written through the extension's storage code, each batch one transaction with
// its events and index rows. The reports without files come from seed-page.ts.

interface Sample {
  kind: EvidenceKind;
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
}

/** Random bytes, which compress as little as a real PNG does. */
function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let start = 0; start < size; start += 65536)
    crypto.getRandomValues(bytes.subarray(start, start + 65536));
  return bytes;
}

/** The files of a real capture, at the sizes a 1280×900 window of a busy page gives. */
async function samples(): Promise<Sample[]> {
  const html = new TextEncoder().encode('<article><p>A hateful post, captured.</p></article>\n'.repeat(400));
  const metadata = new TextEncoder().encode(JSON.stringify({ note: 'metadata', pad: 'x'.repeat(2000) }));
  const files: Omit<Sample, 'sha256'>[] = [
    { kind: 'screenshot', mime: 'image/png', bytes: randomBytes(250 * 1024) },
    { kind: 'post-crop', mime: 'image/png', bytes: randomBytes(60 * 1024) },
    { kind: 'html', mime: 'text/html;charset=utf-8', bytes: html },
    { kind: 'metadata', mime: 'application/json', bytes: metadata },
  ];
  return Promise.all(files.map(async (file) => ({ ...file, sha256: await sha256Hex(file.bytes) })));
}

/** The real-sized files seeded reports carry: a 250 KB screenshot, a 60 KB crop, 20 KB of HTML, 2 KB of metadata. */
export const SEEDED_FILES =
  'a 250 KB screenshot and a 60 KB crop, both incompressible like PNGs, a 20 KB HTML copy, 2 KB of metadata';

function withFiles(report: Report, files: readonly Sample[]) {
  const records: EvidenceRecord[] = files.map((file) => ({
    id: crypto.randomUUID(),
    reportId: report.id,
    kind: file.kind,
    mime: file.mime,
    size: file.bytes.byteLength,
    sha256: file.sha256,
    createdAt: report.createdAt,
    bytes: file.bytes.slice().buffer,
  }));
  const evidence: EvidenceRef[] = records.map(({ id, kind, mime, size, sha256 }) => ({
    id,
    kind,
    mime,
    size,
    sha256,
  }));
  return { report: { ...report, evidence }, records };
}

/** Writes synthetic reports `from`…`to`, each with its files; returns their ids. */
export async function seedReportsWithFiles(from: number, to: number, seed = 2): Promise<string[]> {
  const db = await openConstatDB();
  const files = await samples();
  const made = Array.from({ length: to - from }, (_, k) =>
    withFiles(syntheticReport(from + k, { seed }), files),
  );
  const drafts = (
    await Promise.all(
      made.map(({ report }) => withReportState([createdDraft(report, report.createdAt)], report)),
    )
  ).flat();
  await commitChange(db, async () => ({
    drafts,
    unchanged: async () => true,
    write: (tx) =>
      made.flatMap(({ report, records }) => [
        tx.objectStore('reports').put(report),
        ...records.map((record) => tx.objectStore('evidence').put(record)),
      ]),
    result: undefined,
  }));
  return made.map(({ report }) => report.id);
}
