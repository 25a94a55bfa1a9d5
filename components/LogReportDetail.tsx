import { useEffect, useState } from 'preact/hooks';
import { getEvidence, getReport } from '../utils/db/reports';
import { picturingKinds } from '../utils/evidence/pictures';
import { t } from '../utils/i18n';
import type { EvidenceRecord, Report } from '../utils/model';
import { categoryById } from '../utils/taxonomy/categories';
import { CaptureMetadata } from './CaptureMetadata';
import { ClassificationSummary } from './ClassificationSummary';
import { EvidenceHashList } from './EvidenceHashList';
import { EvidenceImage } from './EvidenceImage';
import { pickEvidence } from './evidence-files';
import { composerUrl, logUrl } from './extension-urls';
import { RecheckPanel } from './follow-up/RecheckPanel';
import { DeleteDialog } from './log/DeleteDialog';
import { EventHistory } from './log/EventHistory';
import { NoticeList } from './NoticeList';
import { PostSummary } from './PostSummary';
import { ReportHeader } from './ReportHeader';
import { ReportLoadMessage, type ReportLoadState } from './ReportLoadMessage';
import { SandboxedHtml } from './SandboxedHtml';
import { StatusHistory } from './StatusHistory';
import { useSettings } from './use-settings';
import { WarningList } from './WarningList';

type DetailState = ReportLoadState | { kind: 'ready'; report: Report; evidence: EvidenceRecord[] };

interface Props {
  reportId: string;
}

/** One report's full evidence, as stored: images, inert HTML, metadata and hashes. */
export function LogReportDetail({ reportId }: Props) {
  const [state, setState] = useState<DetailState>({ kind: 'loading' });
  const [settings] = useSettings();
  const [deleting, setDeleting] = useState(false);
  // Bumped when a recheck ends: its files and events are read again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    (async (): Promise<DetailState> => {
      const report = await getReport(reportId);
      return report
        ? { kind: 'ready', report, evidence: await getEvidence(reportId) }
        : { kind: 'not-found' };
    })().then(setState, (error: unknown) =>
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [reportId, version]);

  const back = (
    <p class="back">
      <a href={logUrl()}>{t('logBack')}</a>
    </p>
  );
  if (state.kind !== 'ready') {
    return (
      <main class="page log">
        {back}
        <h1>{t('logReportHeading')}</h1>
        <ReportLoadMessage state={state} />
      </main>
    );
  }

  const { report, evidence } = state;
  // Pictures of content never to be kept are not shown even if some remain (a report saved before
  // that rule, or a removal that failed); the composer deletes them on the next save.
  const neverCapture = categoryById(report.categoryId)?.neverCaptureMedia ?? false;
  const picturesLeft = evidence.some((e) => picturingKinds.includes(e.kind));
  const screenshot = neverCapture ? null : pickEvidence(evidence, ['screenshot']);
  const crop = neverCapture ? null : pickEvidence(evidence, ['post-crop']);
  const html = neverCapture ? null : pickEvidence(evidence, ['html']);
  return (
    <main class="page log">
      {back}
      <ReportHeader report={report} heading={t('logReportHeading')} />
      <p>
        <a href={composerUrl(report.id)}>{t('logOpenComposer')}</a>
      </p>
      <WarningList warnings={report.warnings} />
      <PostSummary report={report} />
      <ClassificationSummary report={report} />
      <StatusHistory report={report} />
      <NoticeList
        report={report}
        settings={settings}
        onChanged={(next) => setState({ ...state, report: next })}
      />
      <RecheckPanel report={report} onFinished={() => setVersion((v) => v + 1)} />
      {neverCapture && picturesLeft && <p class="no-media-note">{t('neverCaptureLogNote')}</p>}
      {crop && (
        <section aria-labelledby="crop-heading">
          <h2 id="crop-heading">{t('evidenceCropHeading')}</h2>
          <EvidenceImage record={crop} alt={t('evidenceCropAlt')} />
        </section>
      )}
      {screenshot && (
        <section aria-labelledby="screenshot-heading">
          <h2 id="screenshot-heading">{t('evidenceScreenshotHeading')}</h2>
          <EvidenceImage record={screenshot} alt={t('evidenceScreenshotAlt')} />
        </section>
      )}
      {html && (
        <section aria-labelledby="snapshot-heading">
          <h2 id="snapshot-heading">{t('htmlSnapshotHeading')}</h2>
          <SandboxedHtml record={html} title={t('htmlSnapshotTitle')} />
        </section>
      )}
      <CaptureMetadata meta={report.meta} />
      <EvidenceHashList reportId={report.id} evidence={report.evidence} />
      <EventHistory reportId={report.id} version={report} />
      <p>
        <button type="button" onClick={() => setDeleting(true)}>
          {t('deleteReport')}
        </button>
      </p>
      {deleting && (
        <DeleteDialog
          ids={[report.id]}
          onCancel={() => setDeleting(false)}
          onDone={() => {
            window.location.href = logUrl();
          }}
        />
      )}
    </main>
  );
}
