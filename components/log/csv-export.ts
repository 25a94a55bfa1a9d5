import { CSV_BOM, csvRecord } from '../../utils/export/csv';
import { eventsByReport, type LogSource } from '../../utils/export/log-source';
import type { ExportSink } from '../../utils/export/sink';
import { effectiveFollowUp } from '../../utils/follow-up/effective';
import type { Lang } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { categoryById } from '../../utils/taxonomy/categories';
import { csvHeader, csvRow } from './csv-columns';

/** The spreadsheet export: a header, then one row per report, written a row at a time. */
export async function writeCsvExport(
  sink: ExportSink,
  source: LogSource,
  lang: Lang,
  followUpHours: Settings['followUpHours'] | null,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const byReport = eventsByReport(source.events);
  const reminderHours = (report: { categoryId: string | null }) => {
    const category = categoryById(report.categoryId);
    return category ? effectiveFollowUp(category, followUpHours).hours : null;
  };
  await sink.write(CSV_BOM + csvRecord(csvHeader(lang)));
  for (const [i, report] of source.reports.entries()) {
    await sink.write(
      csvRecord(csvRow(report, { lang, reminderHours, events: byReport.get(report.id) ?? [] })),
    );
    onProgress?.(i + 1, source.reports.length);
  }
}
