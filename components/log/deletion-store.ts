import { type DeletionSummary, deleteReports, describeDeletion, wipeLog } from '../../utils/db/deletion';

/** What the delete dialog asks of the log: what would go, then the deletion itself. */
export interface DeletionStore {
  /** The whole log (a wipe that starts a new chain), not some reports. */
  wholeLog: boolean;
  describe(): Promise<DeletionSummary>;
  remove(): Promise<void>;
}

/** The deletion of the reports `ids`, or of the whole log when null. */
export function deletionOf(ids: readonly string[] | null): DeletionStore {
  return {
    wholeLog: ids === null,
    describe: () => describeDeletion(ids ?? undefined),
    remove: async () => {
      if (ids) await deleteReports(ids);
      else await wipeLog();
    },
  };
}
