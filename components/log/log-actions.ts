import { browser } from 'wxt/browser';
import { writeLogExport } from '../../utils/export/log-export';
import { readLogSource } from '../../utils/export/log-source';
import type { ExportSink } from '../../utils/export/sink';
import { writeEvidenceBundle } from '../../utils/export/zip-bundle';
import { uiLang } from '../../utils/i18n';
import { loadSettings } from '../../utils/settings';
import { writeCsvExport } from './csv-export';

// What the log list's toolbar and chain panel do on a click: exports, import, deletion,
// verification. Their code (the ZIP writer, the hashes, the import's checks) is a chunk of its own,
// fetched after the list's first paint (later-parts.ts), never before it.

export { logExportFileName } from '../../utils/export/log-export';
export { importLogFile } from '../../utils/import/import-log';
export { verifyLog } from '../../utils/log/verify';
export { deletionOf } from './deletion-store';

export type ExportFormat = 'json' | 'csv' | 'zip';

/**
 * Writes the reports `ids` (the whole log when undefined) into the sink; returns how many stored
 * records could not be read (named in the export, not dropped).
 */
export async function exportTo(
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
