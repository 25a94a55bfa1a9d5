import { useHashRoute } from '../shared/use-hash-route';
import { LogReportDetail } from './LogReportDetail';
import { LogReportList } from './LogReportList';

interface Props {
  /** The page's window, a parameter so tests can drive the hash. */
  win?: Window;
}

/** log.html: the list of reports, or one report's evidence when the URL names it (`log.html#<id>`). */
export function LogPage({ win = window }: Props) {
  const reportId = useHashRoute(win);
  return reportId ? <LogReportDetail key={reportId} reportId={reportId} /> : <LogReportList />;
}
