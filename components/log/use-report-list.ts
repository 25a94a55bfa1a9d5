import { useCallback, useEffect, useState } from 'preact/hooks';
import { getChainHead } from '../../utils/db/events';
import { listReports, type ReportList } from '../../utils/db/reports';
import type { ChainHead } from '../../utils/log/event';

export type ListState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; list: ReportList };

export interface ReportListData {
  state: ListState;
  /** The chain's last event; null for an empty log or one whose history cannot be read, undefined while loading. */
  head: ChainHead | null | undefined;
  /** Reads the log again, after a deletion or an import changed it. */
  refresh: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** log.html's list: every report, newest first, and the chain head, loaded in this one place. */
export function useReportList(): ReportListData {
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [head, setHead] = useState<ChainHead | null | undefined>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void version;
    let current = true;
    listReports().then(
      (list) => current && setState({ kind: 'ready', list }),
      (error: unknown) => current && setState({ kind: 'failed', message: messageOf(error) }),
    );
    getChainHead().then(
      (next) => current && setHead(next),
      () => current && setHead(null),
    );
    return () => {
      current = false;
    };
  }, [version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { state, head, refresh };
}
