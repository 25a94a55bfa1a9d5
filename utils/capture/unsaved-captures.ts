import type { EvidenceRecord, Report } from '../model';

/**
 * Captures whose save failed (a full disk, a broken database), kept by the background so that the
 * user can still download them or retry: a failed write must not lose the evidence.
 */
export interface UnsavedCapture {
  report: Report;
  evidence: EvidenceRecord[];
  error: string;
}

const unsaved = new Map<string, UnsavedCapture>();

export function keepUnsaved(capture: UnsavedCapture): void {
  unsaved.set(capture.report.id, capture);
}

export function unsavedCapture(reportId: string): UnsavedCapture | null {
  return unsaved.get(reportId) ?? null;
}

export function forgetUnsaved(reportId: string): void {
  unsaved.delete(reportId);
}
