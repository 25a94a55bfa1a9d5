import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { openConstatDB } from '../../utils/db/open';
import { errorText } from '../../utils/i18n/error-text';
import type { LogFilter } from '../../utils/log-index/filter';
import { readFirstLines } from '../../utils/log-index/first-lines';
import { type LogLines, linesOf, queryLog, startingWith } from '../../utils/log-index/query';
import { type ListedReport, readReports } from '../../utils/log-index/read';
import { readTotal } from '../../utils/log-index/total';
import { loadSettings } from '../../utils/settings';

export type LogQueryState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /**
   * `lines`: the reports `filter` allows, in order, read by window; `total`: every report in the log;
   * `counted`: false while `lines` holds only the first of them, found without counting the rest.
   */
  | {
      kind: 'ready';
      lines: LogLines;
      total: number;
      filter: LogFilter;
      counted: boolean;
      /** The first lines' reports, by position, read with them, at the log's `version`. */
      first: FirstReports;
    };

export interface FirstReports {
  version: number;
  reports: ReadonlyMap<number, ListedReport>;
}

/** Lines whose reports are read with the list (a screen and its margin): shown at once, in one render. */
export const SCREEN_LINES = 18;

/** The reports of the first lines, by position (a report deleted meanwhile is left out). */
async function firstReports(lines: LogLines): Promise<Map<number, ListedReport>> {
  const ids = await lines.ids(0, Math.min(SCREEN_LINES, lines.length));
  const found = new Map((await readReports(ids)).map((line) => [line.id, line]));
  return new Map(ids.flatMap((id, i) => (found.has(id) ? [[i, found.get(id) as ListedReport]] : [])));
}

/** How long the first lines stay alone before the exact query starts (a pause in typing). */
const COUNT_AFTER_MS = 300;

/** Whether the filter names anything but the order: the whole log's length is the kept total. */
function narrows(filter: LogFilter): boolean {
  return Object.entries(filter).some(([key, value]) => key !== 'order' && value !== undefined);
}

/**
 * The lines a filter allows, read again when the filter or the log's version changes; a result
 * that arrives after a newer one was asked for is dropped, so fast typing shows the last words.
 * A narrowed list shows its first lines as soon as they are found; the exact query (every line,
 * and their number) starts once the list calls `shown` (its first lines' reports read) and the
 * filter has not changed for a moment, so that its reads delay neither those lines nor the next
 * keystroke's. The reads start as soon as the filter is rendered, not after the next paint (an
 * effect would wait for a frame); a newer filter stops the first lines' walk of an older one. The
 * first screen's reports are read with the lines, so the list shows them in the render that
 * brings them, without a "loading" line and a read of its own in between.
 */
export function useLogQuery(filter: LogFilter, version: number): { state: LogQueryState; shown: () => void } {
  const [state, setState] = useState<LogQueryState>({ kind: 'loading' });
  const latest = useRef(0);
  const release = useRef<() => void>(() => undefined);

  useLayoutEffect(() => {
    const asked = ++latest.current;
    const current = () => asked === latest.current;
    const linesShown = new Promise<void>((resolve) => {
      release.current = resolve;
    });
    const fail = (error: unknown) => current() && setState({ kind: 'failed', message: errorText(error) });
    const run = async () => {
      const [db, settings] = await Promise.all([
        openConstatDB(),
        // The person's reminder delays matter only to the "due" filter.
        filter.due ? loadSettings().catch(() => null) : null,
      ]);
      const due = { now: new Date(), followUpHours: settings?.followUpHours ?? null };
      // The total is kept with the rows (never counted); opening the database wrote any missing.
      const [total, first] = await Promise.all([
        readTotal(db).then((kept) => kept ?? 0),
        narrows(filter) ? readFirstLines(db, filter, due, { wanted: current }) : null,
      ]);
      if (!current()) return;
      const context = { ...due, total };
      let shown: FirstReports = { version, reports: new Map() };
      const ready = (lines: LogLines, counted: boolean) =>
        current() && setState({ kind: 'ready', lines, total, filter, counted, first: shown });
      let known: string[] = [];
      if (first) {
        const lines = linesOf(first.ids);
        shown = { version, reports: await firstReports(lines) };
        ready(lines, first.complete);
        if (first.complete) return;
        known = first.ids;
        await linesShown;
        // Counting reads every match: while the person is still typing, the next words would wait.
        await new Promise((resolve) => setTimeout(resolve, COUNT_AFTER_MS));
        if (!current()) return;
      }
      // The lines on screen stay as found: the exact query adds their number and the lines after.
      const lines = startingWith(await queryLog(db, filter, context), known);
      if (!first) shown = { version, reports: await firstReports(lines) };
      ready(lines, true);
    };
    run().catch(fail);
  }, [filter, version]);

  const shown = useCallback(() => release.current(), []);
  return { state, shown };
}
