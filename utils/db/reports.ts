import { sha256Hex } from '../evidence/hash';
import { picturingKinds, withoutPictureAddress } from '../evidence/pictures';
import { sealedMetadata } from '../evidence/seal';
import { type EvidenceRecord, evidenceRecordSchema, type Report, reportSchema } from '../model';
import { StorageError, toStorageError } from './errors';
import { openConstatDB } from './open';
import { migrateReportRecord } from './record-migrations';

/** A stored record read as a current report; one left at an older schema is migrated as it is read. */
function parseReport(value: unknown): Report {
  let parsed: ReturnType<typeof reportSchema.safeParse>;
  try {
    parsed = reportSchema.safeParse(migrateReportRecord(value));
  } catch (error) {
    const id = (value as { id?: unknown } | undefined)?.id;
    throw new StorageError(
      `Stored report ${String(id)} is unreadable: ${(error as Error).message}`,
      'invalid-record',
    );
  }
  if (!parsed.success) {
    const id = (value as { id?: unknown } | undefined)?.id;
    throw new StorageError(
      `Stored report ${String(id)} is unreadable: ${parsed.error.message}`,
      'invalid-record',
    );
  }
  return parsed.data;
}

/** Writes a new report and all its evidence in one transaction: all of it is stored, or none. */
export async function saveCapture(report: Report, evidence: EvidenceRecord[]): Promise<void> {
  const checkedReport = reportSchema.parse(report);
  const checkedEvidence = evidence.map((e) => evidenceRecordSchema.parse(e));
  try {
    const db = await openConstatDB();
    const tx = db.transaction(['reports', 'evidence'], 'readwrite');
    await Promise.all([
      tx.objectStore('reports').add(checkedReport),
      ...checkedEvidence.map((e) => tx.objectStore('evidence').add(e)),
      tx.done,
    ]);
  } catch (error) {
    throw toStorageError(error, 'Saving the report');
  }
}

export async function getReport(id: string): Promise<Report | null> {
  const db = await openConstatDB();
  const value = await db.get('reports', id);
  return value === undefined ? null : parseReport(value);
}

export interface ReportList {
  reports: Report[];
  /** Records that failed validation: listed so the user knows, never silently dropped. */
  unreadable: { id: string; error: string }[];
}

/**
 * Reports, newest first. Reads the whole store rather than the date index, so that a damaged
 * record (even one without a date) is still listed as unreadable.
 */
export async function listReports(limit = Number.POSITIVE_INFINITY): Promise<ReportList> {
  const db = await openConstatDB();
  const list: ReportList = { reports: [], unreadable: [] };
  const tx = db.transaction('reports');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  values.forEach((value, i) => {
    try {
      list.reports.push(parseReport(value));
    } catch (error) {
      list.unreadable.push({ id: String(keys[i]), error: (error as Error).message });
    }
  });
  list.reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  list.reports.splice(limit);
  return list;
}

/** Reads, changes and rewrites one report in a single transaction; the result is validated. */
export async function updateReport(id: string, change: (report: Report) => Report): Promise<Report> {
  try {
    const db = await openConstatDB();
    const tx = db.transaction('reports', 'readwrite');
    const current = await tx.store.get(id);
    if (current === undefined) throw new StorageError(`Report ${id} does not exist`, 'invalid-record');
    const next = reportSchema.parse(change(parseReport(current)));
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  } catch (error) {
    throw toStorageError(error, 'Saving the changes');
  }
}

export async function getEvidence(reportId: string): Promise<EvidenceRecord[]> {
  const db = await openConstatDB();
  const records = await db.getAllFromIndex('evidence', 'byReport', reportId);
  return records.map((r) => evidenceRecordSchema.parse(r));
}

/**
 * Deletes every picture of a report's content (screenshot, crop, HTML snapshot) and every address
 * of its pictures and videos, and says why on the report. The metadata file named them, so it is
 * replaced by one sealed anew, which records the removal and the hash of the file it replaces.
 * The post's address and text stay. Used for sexual content involving minors: possessing the
 * image is itself an offence (Code pénal art. 227-23).
 */
export async function removePicturingEvidence(id: string, reason: string): Promise<Report> {
  try {
    const report = await getReport(id);
    if (!report) throw new StorageError(`Report ${id} does not exist`, 'invalid-record');
    const now = new Date().toISOString();
    const replaced = report.evidence.filter((e) => picturingKinds.includes(e.kind) || e.kind === 'metadata');
    const kept = report.evidence.filter((e) => !replaced.includes(e));
    const extracted = report.extracted && { ...report.extracted, media: [] };
    const meta = { ...report.meta, menu: withoutPictureAddress(report.meta.menu) };
    const previous = report.evidence.find((e) => e.kind === 'metadata');
    const bytes = sealedMetadata(id, meta, extracted, kept, {
      picturesRemoved: { at: now, reason, replacesMetadataSha256: previous?.sha256 ?? null },
    });
    const metadata: EvidenceRecord = {
      id: crypto.randomUUID(),
      reportId: id,
      kind: 'metadata',
      mime: 'application/json',
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes),
      createdAt: now,
      bytes: bytes.buffer,
    };
    const { bytes: _bytes, reportId: _reportId, createdAt: _createdAt, ...metadataRef } = metadata;
    const next = reportSchema.parse({
      ...report,
      updatedAt: now,
      extracted,
      meta,
      evidence: [...kept, metadataRef],
      warnings: [...report.warnings, reason],
    });
    const db = await openConstatDB();
    const tx = db.transaction(['reports', 'evidence'], 'readwrite');
    await Promise.all([
      ...replaced.map((e) => tx.objectStore('evidence').delete(e.id)),
      tx.objectStore('evidence').add(evidenceRecordSchema.parse(metadata)),
      tx.objectStore('reports').put(next),
      tx.done,
    ]);
    return next;
  } catch (error) {
    throw toStorageError(error, 'Removing the pictures');
  }
}
