import type { EvidenceRecord, EvidenceRef } from '../model';
import { sha256Hex } from './hash';

/** Result of recomputing one evidence file's hash from the bytes in storage. */
export interface EvidenceCheck {
  id: string;
  status: 'match' | 'mismatch' | 'missing';
  /** Recomputed from the stored bytes; null when the bytes are missing. */
  actualSha256: string | null;
  actualSize: number | null;
}

/**
 * Compares each evidence the report lists with the stored bytes. A file matches only if its
 * recomputed SHA-256 and size equal both the report's reference and the evidence record's own.
 */
export async function verifyEvidence(
  refs: readonly EvidenceRef[],
  records: readonly EvidenceRecord[],
): Promise<EvidenceCheck[]> {
  return Promise.all(
    refs.map(async (ref): Promise<EvidenceCheck> => {
      const record = records.find((r) => r.id === ref.id);
      if (!record) return { id: ref.id, status: 'missing', actualSha256: null, actualSize: null };
      const actualSha256 = await sha256Hex(record.bytes);
      const actualSize = record.bytes.byteLength;
      const matches =
        actualSha256 === ref.sha256 &&
        actualSha256 === record.sha256 &&
        actualSize === ref.size &&
        actualSize === record.size;
      return { id: ref.id, status: matches ? 'match' : 'mismatch', actualSha256, actualSize };
    }),
  );
}
