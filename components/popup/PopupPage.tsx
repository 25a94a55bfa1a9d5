import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { type ReportOutcome, sendRequest } from '../../utils/messages';
import {
  composerUrl,
  logUrl,
  openInTab,
  optionsUrl,
  trainingUrl,
  welcomeUrl,
} from '../common/extension-urls';
import { KeepBesideButton } from '../common/KeepBesideButton';
import { formatDateTime, targetLabel } from '../common/labels';
import { DueFollowUps } from '../follow-up/DueFollowUps';
import { authorLabel, excerpt } from '../report/report-fields';
import { usePopupData } from './use-popup-data';

type ReportState = { kind: 'idle' } | { kind: 'reporting' } | { kind: 'done'; outcome: ReportOutcome };

interface Props {
  /** Called once a page opened in a tab or the panel; closes the popup (a parameter so tests keep their window). */
  onOpened?: () => void;
  /** The time follow-ups are counted against (a parameter for tests). */
  now?: () => Date;
}

/** The toolbar popup: report the last right-clicked post, and reach recent reports and the log. */
export function PopupPage({ onOpened = () => window.close(), now = () => new Date() }: Props) {
  const [openedAt] = useState(now);
  const data = usePopupData(openedAt);
  const recent = data.recent.kind === 'ready' ? data.recent.value : null;
  const [openError, setOpenError] = useState<string | null>(null);
  const listError = openError ?? (data.recent.kind === 'failed' ? data.recent.message : null);
  const [reporting, setReporting] = useState<ReportState>({ kind: 'idle' });

  const reportTarget = async () => {
    setReporting({ kind: 'reporting' });
    try {
      // On success the background opens the composer itself; the popup only reports the outcome.
      setReporting({ kind: 'done', outcome: await sendRequest({ type: 'report-target' }) });
    } catch (error) {
      setReporting({ kind: 'done', outcome: { ok: false, error: errorText(error) } });
    }
  };
  const open = (url: string) => {
    openInTab(url).then(
      () => onOpened(),
      (error: unknown) => setOpenError(errorText(error)),
    );
  };
  const outcome = reporting.kind === 'done' ? reporting.outcome : null;

  return (
    <main class="page popup">
      <h1>Constat</h1>
      <button type="button" class="primary" onClick={reportTarget} disabled={reporting.kind === 'reporting'}>
        {t(reporting.kind === 'reporting' ? 'popupReporting' : 'popupReportTarget')}
      </button>
      <div role="status" class="report-outcome">
        {outcome?.ok && <p class="ok">{t('popupReportCreated')}</p>}
        {outcome?.ok && outcome.warnings.length > 0 && (
          <ul class="warnings">
            {[...new Set(outcome.warnings)].map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </div>
      {outcome && !outcome.ok && (
        <p class="error" role="alert">
          {t('popupReportFailed')} {outcome.error}
        </p>
      )}
      <KeepBesideButton onOpened={() => onOpened()} />
      <DueFollowUps due={data.due} open={open} />
      <h2>{t('popupRecent')}</h2>
      {listError && (
        <p class="error" role="alert">
          {listError}
        </p>
      )}
      {recent && recent.reports.length === 0 && <p class="muted">{t('popupNoReports')}</p>}
      {recent && recent.unreadable.length > 0 && <p class="error">{t('popupSomeUnreadable')}</p>}
      {recent && recent.reports.length > 0 && (
        <ul class="recent-list">
          {recent.reports.map((report) => (
            <li key={report.id}>
              <button type="button" class="link-button" onClick={() => open(composerUrl(report.id))}>
                <span class="recent__context">
                  <time dateTime={report.meta.capturedAt}>{formatDateTime(report.meta.capturedAt)}</time> ·{' '}
                  {targetLabel(report.target)}
                </span>
                <span class="recent__author">{authorLabel(report) || t('unknownAuthor')}</span>
                <span class="recent__excerpt">{excerpt(report, 80) || t('noText')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => open(logUrl())}>
        {t('openLog')}
      </button>
      <button type="button" onClick={() => open(trainingUrl())}>
        {t('trainingOpen')}
      </button>
      <button type="button" onClick={() => open(optionsUrl())}>
        {t('openOptions')}
      </button>
      <button type="button" onClick={() => open(welcomeUrl())}>
        {t('welcomeOpen')}
      </button>
    </main>
  );
}
