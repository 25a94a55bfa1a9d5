import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { filterFromParams, filterToParams, type LogFilter } from '../../utils/log-index/filter';

// The log page's address says what it shows: `#<report id>` one report (as before), `#/<view>?…`
// one of the views below with its filters, so that any view can be bookmarked and reopened.

export const logViews = [
  { id: 'list', label: 'logViewList' },
  { id: 'authors', label: 'logViewAuthors' },
  { id: 'targets', label: 'logViewTargets' },
  { id: 'stats', label: 'logViewStats' },
] as const satisfies readonly { id: string; label: MessageKey }[];
export type LogViewId = (typeof logViews)[number]['id'];

export type LogRoute =
  | { kind: 'report'; id: string }
  | { kind: 'view'; view: LogViewId; filter: LogFilter; params: URLSearchParams };

function isView(id: string): id is LogViewId {
  return logViews.some((view) => view.id === id);
}

export function parseLogRoute(hash: string): LogRoute {
  const raw = hash.replace(/^#/, '');
  if (raw !== '' && !raw.startsWith('/')) {
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      // a malformed escape is looked up as typed, and reported as not found
    }
    return { kind: 'report', id };
  }
  const [path = '', query = ''] = raw.slice(1).split('?', 2);
  const params = new URLSearchParams(query);
  return { kind: 'view', view: isView(path) ? path : 'list', filter: filterFromParams(params), params };
}

/** The address of a view with its filter (the list's filters, or the view's own parameters). */
export function viewHash(view: LogViewId, params: LogFilter | URLSearchParams = {}): string {
  const query = (params instanceof URLSearchParams ? params : filterToParams(params)).toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

/** The page's route, kept in step with back/forward and links. */
export function useLogRoute(win: Window): LogRoute {
  const [hash, setHash] = useState(win.location.hash);
  useEffect(() => {
    const update = () => setHash(win.location.hash);
    win.addEventListener('hashchange', update);
    return () => win.removeEventListener('hashchange', update);
  }, [win]);
  return useMemo(() => parseLogRoute(hash), [hash]);
}
