import { useState } from 'preact/hooks';
import { picturingKinds } from '../../utils/evidence/pictures';
import { t } from '../../utils/i18n';
import { categoryById } from '../../utils/taxonomy/categories';
import { composerUrl, logUrl } from '../common/extension-urls';
import { useSettings } from '../common/use-settings';
import { RecheckPanel } from '../follow-up/RecheckPanel';
import { EvidenceImage } from '../report/EvidenceImage';
import { pickEvidence } from '../report/evidence-files';
import { NoticeList } from '../report/NoticeList';
import { ReportHeader } from '../report/ReportHeader';
import { ReportLoadMessage } from '../report/ReportLoadMessage';
import { SandboxedHtml } from '../report/SandboxedHtml';
import { WarningList } from '../report/WarningList';
import { AttackTargetEditor } from '../target/AttackTargetEditor';
import { CaptureMetadata } from './CaptureMetadata';
import { ClassificationSummary } from './ClassificationSummary';
import { DeleteDialog } from './DeleteDialog';
import { EventHistory } from './EventHistory';
import { EvidenceHashList } from './EvidenceHashList';
import { PostSummary } from './PostSummary';
import { StatusHistory } from './StatusHistory';
import { useReportDetail } from './use-report-detail';

interface Props {
  reportId: string;
}

/** One report's full evidence, as stored: images, inert HTML, metadata and hashes. */
export function LogReportDetail({ reportId }: Props) {
  const { state, store } = useReportDetail(reportId);
  const [settings] = useSettings();
  const [deleting, setDeleting] = useState(false);

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

  const { report, evidence, events } = state;
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
      <AttackTargetEditor report={report} update={store.update} />
      <StatusHistory report={report} />
      <NoticeList report={report} settings={settings} store={store} />
      <RecheckPanel report={report} onFinished={() => void store.reload()} />
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
      <EvidenceHashList evidence={report.evidence} readStored={store.readStoredEvidence} />
      <EventHistory events={events} />
      <p>
        <button type="button" onClick={() => setDeleting(true)}>
          {t('deleteReport')}
        </button>
      </p>
      {deleting && (
        <DeleteDialog
          deletion={store.deletion}
          onCancel={() => setDeleting(false)}
          onDone={() => {
            window.location.href = logUrl();
          }}
        />
      )}
    </main>
  );
}
