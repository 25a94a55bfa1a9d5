import { useEffect, useRef, useState } from 'preact/hooks';
import { openConstatDB } from '../../utils/db/open';
import type { LogFilter } from '../../utils/log-index/filter';
import { buildMissingRows } from '../../utils/log-index/maintain';
import { idsByDate, type QueryContext, queryLog } from '../../utils/log-index/query';
import { loadSettings } from '../../utils/settings';

export type LogQueryState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** `ids`: the reports `filter` allows, in order; `total`: every report in the log. */
  | { kind: 'ready'; ids: readonly string[]; total: number; filter: LogFilter };

type DateOrder = QueryContext['dateOrder'];

const ALL_DATES: [string, string] = ['', '\uffff'];

/** Every report by date, read once per version of the log and bounds, then kept for each keystroke. */
function cachedDateOrder(): DateOrder {
  const cache = new Map<string, Promise<string[]>>();
  return (db, bounds) => {
    const key = bounds.join('|');
    let ids = cache.get(key);
    if (!ids) {
      ids = idsByDate(db, bounds);
      cache.set(key, ids);
    }
    return ids;
  };
}

/**
 * The ids a filter allows, read again when the filter or the log's version changes; a result
 * that arrives after a newer one was asked for is dropped, so fast typing shows the last words.
 */
export function useLogQuery(filter: LogFilter, version: number): LogQueryState {
  const [state, setState] = useState<LogQueryState>({ kind: 'loading' });
  const latest = useRef(0);
  const perVersion = useRef<{ version: number; read: DateOrder; total: Promise<number> } | null>(null);

  useEffect(() => {
    const asked = ++latest.current;
    if (perVersion.current?.version !== version) {
      const read = cachedDateOrder();
      // Records written by another build (or by hand) since the database was opened get their rows
      // first. The total is the length of the full date order, read once per version and shared
      // with the unfiltered list (counting would read every row a second time).
      const total = openConstatDB().then(async (db) => {
        await buildMissingRows(db);
        return (await read(db, ALL_DATES)).length;
      });
      perVersion.current = { version, read, total };
    }
    const { read, total } = perVersion.current;
    const run = async () => {
      const [db, settings, count] = await Promise.all([
        openConstatDB(),
        // The person's reminder delays matter only to the "due" filter.
        filter.due ? loadSettings().catch(() => null) : null,
        total,
      ]);
      const context = { now: new Date(), followUpHours: settings?.followUpHours ?? null, dateOrder: read };
      return { ids: await queryLog(db, filter, context), total: count };
    };
    run().then(
      ({ ids, total }) => asked === latest.current && setState({ kind: 'ready', ids, total, filter }),
      (error: unknown) =>
        asked === latest.current &&
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [filter, version]);

  return state;
}
