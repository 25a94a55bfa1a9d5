import { t } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import { categoryLabel, formatDateTime, platformLabel, statusLabel, targetLabel } from '../common/labels';
import { authorLabel, excerpt } from '../report/report-fields';

interface Props {
  report: Report;
  /** In the log: whether the report is selected (for export or deletion), and how to change it. */
  selection?: { selected: boolean; onChange: (selected: boolean) => void };
  /** In a virtualized list: the line's place among all of them, for assistive technology and the keys. */
  position?: { index: number; total: number };
}

/** One line of the log; everything the page supplied is rendered as text. */
export function ReportSummaryItem({ report, selection, position }: Props) {
  const author = authorLabel(report);
  const text = excerpt(report);
  return (
    <li
      class="report-summary"
      data-report-id={report.id}
      data-index={position?.index}
      aria-posinset={position && position.index + 1}
      aria-setsize={position?.total}
    >
      {selection && (
        <input
          type="checkbox"
          class="report-summary__select"
          aria-label={t('selectReport')}
          checked={selection.selected}
          onChange={(event) => selection.onChange(event.currentTarget.checked)}
        />
      )}
      <a href={`#${encodeURIComponent(report.id)}`}>
        <span class="report-summary__context">
          <time dateTime={report.meta.capturedAt}>{formatDateTime(report.meta.capturedAt)}</time> ·{' '}
          {platformLabel(report.platform)} ·{' '}
          <span class={`tag tag--${report.target}`}>{targetLabel(report.target)}</span>
        </span>
        <span class="report-summary__author">{author || t('unknownAuthor')}</span>
        <span class="report-summary__excerpt">{text || t('noText')}</span>
        <span class="report-summary__status">
          {categoryLabel(report.categoryId)} ·{' '}
          <span class={`status status--${report.status}`}>{statusLabel(report.status)}</span>
        </span>
      </a>
    </li>
  );
}
