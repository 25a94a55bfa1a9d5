import { CSV_BOM, csvRecord } from '../../utils/export/csv';
import type { LogSource } from '../../utils/export/log-source';
import type { ExportSink } from '../../utils/export/sink';
import { effectiveFollowUp } from '../../utils/follow-up/effective';
import type { Lang } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { categoryById } from '../../utils/taxonomy/categories';
import { csvHeader, csvRow } from './csv-columns';

/** The spreadsheet export: a header, then one row per report, read a batch and written a row at a time. */
export async function writeCsvExport(
  sink: ExportSink,
  source: LogSource,
  lang: Lang,
  followUpHours: Settings['followUpHours'] | null,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const reminderHours = (report: { categoryId: string | null }) => {
    const category = categoryById(report.categoryId);
    return category ? effectiveFollowUp(category, followUpHours).hours : null;
  };
  await sink.write(CSV_BOM + csvRecord(csvHeader(lang)));
  let done = 0;
  for await (const { reports, events } of source.batches()) {
    for (const report of reports) {
      await sink.write(
        csvRecord(csvRow(report, { lang, reminderHours, events: events.get(report.id) ?? [] })),
      );
      done++;
      onProgress?.(done, Math.max(done, source.total));
    }
  }
}
