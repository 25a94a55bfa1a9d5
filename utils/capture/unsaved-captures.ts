import { saveCapture } from '../db/reports';
import { exportReport, type LogExport, logExportOf } from '../export/log-export';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
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

/** The held capture as a log export file (the same format as the log's), with why it was not saved. */
export function unsavedCaptureFile(reportId: string): { error: string; file: LogExport } | null {
  const capture = unsaved.get(reportId);
  if (!capture) return null;
  return { error: capture.error, file: logExportOf([exportReport(capture.report, capture.evidence)], []) };
}

/** Tries the save again; on success the capture is in the log and no longer held here. */
export async function retryUnsaved(reportId: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const capture = unsaved.get(reportId);
  if (!capture) return { ok: false, error: t('unsavedGone') };
  try {
    await saveCapture(capture.report, capture.evidence);
    unsaved.delete(reportId);
    return { ok: true };
  } catch (error) {
    const message = errorText(error);
    capture.error = message;
    return { ok: false, error: message };
  }
}
