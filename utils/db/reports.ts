import { sha256Hex } from '../evidence/hash';
import { picturingKinds, withoutPictureAddress } from '../evidence/pictures';
import { sealedMetadata } from '../evidence/seal';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import { canonicalJson } from '../log/canonical-json';
import type { EventDraft } from '../log/event';
import { changeDrafts, createdDraft, evidenceSummary, withReportState } from '../log/report-events';
import { type EvidenceRecord, evidenceRecordSchema, type Report, reportSchema } from '../model';
import { StorageError, toStorageError } from './errors';
import { commitChange, type LogTx } from './log-events';
import { openConstatDB } from './open';
import { migrateReportRecord } from './record-migrations';
import { migratedDraft } from './stale-reports';

/** A stored record read as a current report; one left at an older schema is migrated as it is read. */
export function parseReport(value: unknown): Report {
  let parsed: ReturnType<typeof reportSchema.safeParse>;
  try {
    parsed = reportSchema.safeParse(migrateReportRecord(value));
  } catch (error) {
    const id = (value as { id?: unknown } | undefined)?.id;
    throw new StorageError(
      fill(t('storedReportUnreadable'), { id: String(id), detail: errorText(error) }),
      'invalid-record',
    );
  }
  if (!parsed.success) {
    const id = (value as { id?: unknown } | undefined)?.id;
    throw new StorageError(
      fill(t('storedReportUnreadable'), { id: String(id), detail: zodIssuesText(parsed.error) }),
      'invalid-record',
    );
  }
  return parsed.data;
}

/**
 * The "migrated" event of a record that was stale when read (written by an older build after this
 * database was opened) and is about to be rewritten at the current schema; none when it was current.
 */
async function migrationOnRead(stored: unknown, read: Report, at: string): Promise<EventDraft[]> {
  const version = (stored as { schemaVersion?: unknown }).schemaVersion;
  return version === read.schemaVersion ? [] : [await migratedDraft(stored, read, at)];
}

/**
 * Writes a new report, all its evidence and its "created" event in one transaction: all of it is
 * stored, or none.
 */
export async function saveCapture(
  report: Report,
  evidence: EvidenceRecord[],
  now = new Date(),
): Promise<void> {
  const checkedReport = reportSchema.parse(report);
  const checkedEvidence = evidence.map((e) => evidenceRecordSchema.parse(e));
  try {
    const db = await openConstatDB();
    const drafts = await withReportState([createdDraft(checkedReport, now.toISOString())], checkedReport);
    await commitChange(db, async () => ({
      drafts,
      unchanged: async () => true,
      write: (tx) => [
        tx.objectStore('reports').add(checkedReport),
        ...checkedEvidence.map((e) => tx.objectStore('evidence').add(e)),
      ],
      result: undefined,
    }));
  } catch (error) {
    throw toStorageError(error, 'storageActionSaveReport');
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

/** The stored record is still the one a change was computed from (compared as canonical JSON). */
export function stillStored(id: string, read: unknown) {
  const expected = canonicalJson(read ?? null);
  return async (tx: LogTx) => canonicalJson((await tx.objectStore('reports').get(id)) ?? null) === expected;
}

/**
 * Changes one report and records each kind of change as an event, in one transaction; the result
 * is validated. A change that changes nothing writes nothing.
 */
export async function updateReport(
  id: string,
  change: (report: Report) => Report,
  now = () => new Date(),
): Promise<Report> {
  try {
    const db = await openConstatDB();
    return await commitChange(db, async () => {
      const current = await db.get('reports', id);
      if (current === undefined)
        throw new StorageError(fill(t('storedReportMissing'), { id }), 'invalid-record');
      const before = parseReport(current);
      const next = reportSchema.parse(change(before));
      const at = now().toISOString();
      const drafts = [
        ...(await migrationOnRead(current, before, at)),
        ...(await withReportState(changeDrafts(before, next, at), next)),
      ];
      return {
        drafts,
        unchanged: stillStored(id, current),
        write: (tx) => (drafts.length > 0 ? [tx.objectStore('reports').put(next)] : []),
        result: next,
      };
    });
  } catch (error) {
    throw toStorageError(error, 'storageActionSaveChanges');
  }
}

/** One evidence file with its bytes, or null when it is not stored: exports read files one at a time. */
export async function getEvidenceFile(id: string): Promise<EvidenceRecord | null> {
  const db = await openConstatDB();
  const record = await db.get('evidence', id);
  return record === undefined ? null : evidenceRecordSchema.parse(record);
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
    const db = await openConstatDB();
    return await commitChange(db, async () => {
      const current = await db.get('reports', id);
      if (current === undefined)
        throw new StorageError(fill(t('storedReportMissing'), { id }), 'invalid-record');
      const before = parseReport(current);
      const { next, replaced, metadata } = await withoutPictures(before, reason);
      const migration = await migrationOnRead(current, before, next.updatedAt);
      const drafts = await withReportState(
        [
          {
            type: 'pictures-removed',
            at: next.updatedAt,
            reportId: id,
            data: {
              reason,
              removed: evidenceSummary(replaced),
              added: evidenceSummary(next.evidence.slice(-1)),
            },
          },
        ],
        next,
      );
      return {
        drafts: [...migration, ...drafts],
        unchanged: stillStored(id, current),
        write: (tx) => [
          ...replaced.map((e) => tx.objectStore('evidence').delete(e.id)),
          tx.objectStore('evidence').add(evidenceRecordSchema.parse(metadata)),
          tx.objectStore('reports').put(next),
        ],
        result: next,
      };
    });
  } catch (error) {
    throw toStorageError(error, 'storageActionRemovePictures');
  }
}

/** The report without its pictures, the files that go, and the metadata file sealed anew. */
async function withoutPictures(report: Report, reason: string) {
  const id = report.id;
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
  return { next, replaced, metadata };
}
