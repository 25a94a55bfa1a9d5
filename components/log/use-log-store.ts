import { useMemo } from 'preact/hooks';
import type { ExportSink } from '../../utils/export/sink';
import type { ImportSummary } from '../../utils/import/import-log';
import type { DeletionStore } from './deletion-store';
import { loadLogActions } from './later-parts';
import type { ExportFormat } from './log-actions';

export type { ExportFormat };

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

/** The deletion of `ids` (the whole log when null), its code fetched when first asked. */
function deletion(ids: readonly string[] | null): DeletionStore {
  const store = () => loadLogActions().then((actions) => actions.deletionOf(ids));
  return {
    wholeLog: ids === null,
    describe: async () => (await store()).describe(),
    remove: async () => (await store()).remove(),
  };
}

/** The log list's data for its exports, import and deletions, in this one place (their code fetched on use). */
export function useLogStore(): LogStore {
  return useMemo<LogStore>(
    () => ({
      exportTo: async (...args) => (await loadLogActions()).exportTo(...args),
      importFile: async (file) => (await loadLogActions()).importLogFile(file, file.name),
      deletion,
    }),
    [],
  );
}
