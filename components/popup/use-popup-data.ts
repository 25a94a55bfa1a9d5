import { useEffect, useState } from 'preact/hooks';
import type { ReportList } from '../../utils/db/reports';
import { type DueList, dueNow } from '../../utils/follow-up/reminders';
import { errorText } from '../../utils/i18n/error-text';
import { newestReports } from '../../utils/log-index/indexed-reads';

/** A part of the popup's data: each loads, and fails, on its own. */
export type Loaded<T> =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; value: T };

const RECENT_COUNT = 5;
/** Follow-ups listed by name; beyond, the popup links to the log's due list. */
const DUE_SHOWN = 8;

function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  // Loaded once, when the popup opens.
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ kind: 'ready', value }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

/** The popup's data, loaded in this one place when it opens: recent reports and the follow-ups now due. */
export function usePopupData(openedAt: Date): { recent: Loaded<ReportList>; due: Loaded<DueList> } {
  const recent = useLoaded(() => newestReports(RECENT_COUNT));
  const due = useLoaded(() => dueNow(openedAt, DUE_SHOWN));
  return { recent, due };
}
