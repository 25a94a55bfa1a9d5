import { LogExportError } from '../export/log-export';
import { eventHash, recordSha256 } from '../log/event';
import type { ImportedFile } from './imported-file';

/**
 * Checks the history a file carries (format 2): every event's hash; for a whole-log file, every
 * link and the chain head it printed; and that each report is in the state its last event recorded.
 * A file whose history or reports were edited after the export is refused, naming where.
 */
export async function checkFileHistory(
  file: Pick<ImportedFile, 'events' | 'scope' | 'chainHead' | 'reports'>,
  fileName: string,
): Promise<void> {
  const { events } = file;
  for (const [i, event] of events.entries()) {
    if ((await eventHash(event)) !== event.hash) {
      throw new LogExportError('logFileEventAltered', { seq: event.seq }, fileName);
    }
    const previous = events[i - 1];
    if (file.scope === 'log' && event.prevHash !== (previous?.hash ?? null)) {
      throw new LogExportError('logFileHistoryBroken', { seq: event.seq }, fileName);
    }
  }
  const last = events.at(-1);
  if (
    file.scope === 'log' &&
    last &&
    (file.chainHead?.hash !== last.hash || file.chainHead.seq !== last.seq)
  ) {
    throw new LogExportError('logFileChainHead', {}, fileName);
  }
  const lastState = new Map(events.filter((e) => e.reportId !== null).map((e) => [e.reportId, e]));
  for (const { report } of file.reports) {
    const state = lastState.get(report.id);
    if (!state) continue;
    if (
      state.data.schemaVersion === report.schemaVersion &&
      state.reportSha256 !== (await recordSha256(report))
    ) {
      throw new LogExportError('logFileReportNotAsRecorded', { report: report.id }, fileName);
    }
  }
}
