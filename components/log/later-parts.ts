import { readyLang } from '../../utils/i18n';

// The log page's code that the list's first screen does not run (a report's page; the exports,
// import, deletion and verification), with the second language's catalogue, which only they
// write in (a notice in the report's language, a document in either): fetched on first use, and
// once the list has shown, in the browser's idle time, so that a click finds them loaded.

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null; // tried again on the next use
      throw error;
    });
    return loading;
  };
}

const bothLanguages = once(() => Promise.all((['fr', 'en'] as const).map(readyLang)));

/** The code a report's page needs, and both catalogues. */
export const loadReportDetail = once(() =>
  Promise.all([import('./LogReportDetail'), bothLanguages()]).then(([m]) => m.LogReportDetail),
);

/** The toolbar's and the chain panel's actions, and both catalogues. */
export const loadLogActions = once(() =>
  Promise.all([import('./log-actions'), bothLanguages()]).then(([m]) => m),
);

/** Fetches the later parts when the page is idle (or soon, where the browser has no idle callback). */
export function prefetchLaterParts(win: Window = window): void {
  const fetchAll = () => {
    void loadLogActions().catch(() => undefined);
    void loadReportDetail().catch(() => undefined);
  };
  const idle = win.requestIdleCallback as Window['requestIdleCallback'] | undefined; // not in Safari
  if (idle) idle.call(win, fetchAll, { timeout: 2000 });
  else win.setTimeout(fetchAll, 200);
}
