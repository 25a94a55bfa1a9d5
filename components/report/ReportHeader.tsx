import type { Report } from '../../utils/model';
import { formatDateTime, platformLabel, statusLabel, targetLabel } from '../common/labels';

interface Props {
  report: Report;
  heading: string;
}

/** What was captured, where and when; the page title is page-supplied and rendered as text. */
export function ReportHeader({ report, heading }: Props) {
  return (
    <header class="report-header">
      <h1>{heading}</h1>
      <p class="report-context">
        <span class={`tag tag--${report.target}`}>{targetLabel(report.target)}</span>{' '}
        <span>{platformLabel(report.platform)}</span> ·{' '}
        <time dateTime={report.meta.capturedAt}>{formatDateTime(report.meta.capturedAt)}</time> ·{' '}
        <span class={`status status--${report.status}`}>{statusLabel(report.status)}</span>
      </p>
      {report.meta.pageTitle && <p class="page-title">{report.meta.pageTitle}</p>}
    </header>
  );
}
