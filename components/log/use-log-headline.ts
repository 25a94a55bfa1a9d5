import { useEffect, useState } from 'preact/hooks';
import { getChainHead } from '../../utils/db/events';
import type { ChainHead } from '../../utils/log/event';
import { unreadableReports } from '../../utils/log-index/read';

export interface LogHeadline {
  /** The chain's last event; null for an empty log or one whose history cannot be read, undefined while loading. */
  head: ChainHead | null | undefined;
  /** Stored records that cannot be read, shown apart so that nothing goes unnoticed. */
  unreadable: readonly { id: string; error: string }[];
}

/**
 * What the log list shows above its reports, read in this one place and again for each version of
 * the log (after a deletion or an import); the reports themselves are read by window, as they show.
 * `version` is null until the list's query has run: it indexes records written outside this page,
 * which the unreadable ones are found through.
 */
export function useLogHeadline(version: number | null): LogHeadline {
  const [head, setHead] = useState<ChainHead | null | undefined>(undefined);
  const [unreadable, setUnreadable] = useState<LogHeadline['unreadable']>([]);
  useEffect(() => {
    if (version === null) return;
    let current = true;
    getChainHead().then(
      (next) => current && setHead(next),
      () => current && setHead(null),
    );
    unreadableReports().then(
      (records) => current && setUnreadable(records),
      () => current && setUnreadable([]),
    );
    return () => {
      current = false;
    };
  }, [version]);
  return { head, unreadable };
}
