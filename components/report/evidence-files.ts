import type { EvidenceKind, EvidenceRecord } from '../../utils/model';

/** The first record of the first kind present, in order of preference. */
export function pickEvidence(
  records: readonly EvidenceRecord[],
  kinds: readonly EvidenceKind[],
): EvidenceRecord | null {
  for (const kind of kinds) {
    const record = records.find((r) => r.kind === kind);
    if (record) return record;
  }
  return null;
}

/** Raster formats a capture produces; anything else is not handed to an <img>. */
export function isDisplayableImage(record: EvidenceRecord): boolean {
  return ['image/png', 'image/jpeg', 'image/webp'].includes(record.mime);
}
