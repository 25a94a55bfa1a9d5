import { LogReportDetail } from './LogReportDetail';
import { LogReportList } from './LogReportList';
import { isLogView } from './log/log-views';
import { TargetsView } from './log/TargetsView';
import { StatsPage } from './stats/StatsPage';
import { useHashRoute } from './use-hash-route';

interface Props {
  /** The page's window, a parameter so tests can drive the hash. */
  win?: Window;
}

/**
 * log.html: the list of reports, one report's evidence when the URL names it (`log.html#<id>`), or
 * another view of the log (`#targets`, `#stats`).
 */
export function LogPage({ win = window }: Props) {
  const route = useHashRoute(win);
  if (route === 'targets') return <TargetsView />;
  if (route === 'stats') return <StatsPage />;
  return route && !isLogView(route) ? <LogReportDetail key={route} reportId={route} /> : <LogReportList />;
}
