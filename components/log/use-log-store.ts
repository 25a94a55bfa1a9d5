import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { writeLogExport } from '../../utils/export/log-export';
import { readLogSource } from '../../utils/export/log-source';
import type { ExportSink } from '../../utils/export/sink';
import { writeEvidenceBundle } from '../../utils/export/zip-bundle';
import { uiLang } from '../../utils/i18n';
import { type ImportSummary, importLogFile } from '../../utils/import/import-log';
import { loadSettings } from '../../utils/settings';
import { writeCsvExport } from './csv-export';
import { type DeletionStore, deletionOf } from './deletion-store';

export type ExportFormat = 'json' | 'csv' | 'zip';

/** What the log list's toolbar does with the stored log: export, import, delete. */
export interface LogStore {
  /**
   * Writes the reports `ids` (the whole log when undefined) into the sink; returns how many stored
   * records could not be read (named in the export, not dropped).
   */
  exportTo(
    format: ExportFormat,
    sink: ExportSink,
    ids: readonly string[] | undefined,
    onProgress: (done: number, total: number) => void,
  ): Promise<number>;
  importFile(file: File): Promise<ImportSummary>;
  /** The reports `ids`, or the whole log when null. */
  deletion(ids: readonly string[] | null): DeletionStore;
}

async function exportTo(
  format: ExportFormat,
  sink: ExportSink,
  ids: readonly string[] | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  const source = await readLogSource(ids);
  const extensionVersion = browser.runtime.getManifest().version;
  if (format === 'json') await writeLogExport(sink, source, { extensionVersion, onProgress });
  else if (format === 'zip') await writeEvidenceBundle(sink, source, { extensionVersion, onProgress });
  else {
    const settings = await loadSettings().catch(() => null);
    await writeCsvExport(sink, source, uiLang(), settings?.followUpHours ?? null, onProgress);
  }
  return source.unreadable.length;
}

/** The log list's data for its exports, import and deletions, in this one place. */
export function useLogStore(): LogStore {
  return useMemo<LogStore>(
    () => ({
      exportTo,
      importFile: (file) => importLogFile(file, file.name),
      deletion: deletionOf,
    }),
    [],
  );
}
