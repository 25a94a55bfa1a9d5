import { useEffect, useRef, useState } from 'preact/hooks';
import { openConstatDB } from '../../utils/db/open';
import { errorText } from '../../utils/i18n/error-text';
import type { LogFilter } from '../../utils/log-index/filter';
import { type LogLines, queryLog } from '../../utils/log-index/query';
import { readTotal } from '../../utils/log-index/total';
import { loadSettings } from '../../utils/settings';

export type LogQueryState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** `lines`: the reports `filter` allows, in order, read by window; `total`: every report in the log. */
  | { kind: 'ready'; lines: LogLines; total: number; filter: LogFilter };

/**
 * The lines a filter allows, read again when the filter or the log's version changes; a result
 * that arrives after a newer one was asked for is dropped, so fast typing shows the last words.
 */
export function useLogQuery(filter: LogFilter, version: number): LogQueryState {
  const [state, setState] = useState<LogQueryState>({ kind: 'loading' });
  const latest = useRef(0);

  useEffect(() => {
    const asked = ++latest.current;
    const run = async () => {
      const [db, settings] = await Promise.all([
        openConstatDB(),
        // The person's reminder delays matter only to the "due" filter.
        filter.due ? loadSettings().catch(() => null) : null,
      ]);
      // The total is kept with the rows (never counted); opening the database wrote any missing.
      const total = (await readTotal(db)) ?? 0;
      const context = { now: new Date(), followUpHours: settings?.followUpHours ?? null, total };
      return { lines: await queryLog(db, filter, context), total };
    };
    run().then(
      ({ lines, total }) => asked === latest.current && setState({ kind: 'ready', lines, total, filter }),
      (error: unknown) => asked === latest.current && setState({ kind: 'failed', message: errorText(error) }),
    );
  }, [filter, version]);

  return state;
}
