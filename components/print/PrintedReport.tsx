import type { Lang } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { formatLocalAndUtc } from '../../utils/i18n/dates';
import type { LogEvent } from '../../utils/log/event';
import type { EvidenceRecord, Report } from '../../utils/model';
import { legalBasisFor } from '../../utils/taxonomy';
import { categoryById } from '../../utils/taxonomy/categories';
import { categoryLabel, formatDateTime, platformLabel } from '../common/labels';
import { useObjectUrl } from '../common/use-object-url';
import { eventLabel } from '../log/event-labels';
import { pickEvidence } from '../report/evidence-files';
import { currentValue } from '../report/report-fields';

interface Props {
  report: Report;
  evidence: EvidenceRecord[];
  events: LogEvent[];
  lang: Lang;
}

function Crop({ record, alt }: { record: EvidenceRecord; alt: string }) {
  const url = useObjectUrl(record.bytes, record.mime);
  return url ? <img src={url} alt={alt} /> : null;
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
}

/** One report as printed: the cropped post, its facts, the notices with their text, history and hashes. */
export function PrintedReport({ report, evidence, events, lang }: Props) {
  const category = categoryById(report.categoryId);
  const crop = category?.neverCaptureMedia ? null : pickEvidence(evidence, ['post-crop']);
  const value = (field: Parameters<typeof currentValue>[2]) => currentValue(report, report.edits, field);
  const author = [value('authorName'), value('authorHandle') && `@${value('authorHandle')}`]
    .filter(Boolean)
    .join(' ');
  return (
    <section class="printed-report" data-report-id={report.id}>
      <h2>
        {platformLabel(report.platform)} · {formatLocalAndUtc(report.meta.capturedAt, lang)}
      </h2>
      <p>
        <code>{report.id}</code>
      </p>
      {crop && (
        <figure>
          <Crop record={crop} alt={t('evidenceCropAlt', lang)} />
        </figure>
      )}
      <table>
        <tbody>
          <Field label={t('printAddress', lang)} value={value('permalink') || report.meta.pageUrl} />
          <Field label={t('printAuthor', lang)} value={author || t('unknownAuthor', lang)} />
          <Field label={t('printPublished', lang)} value={value('publishedAt')} />
          <Field label={t('printCaptured', lang)} value={report.meta.capturedAt} />
          <Field
            label={t('printBrowser', lang)}
            value={`${report.meta.browser.name} ${report.meta.browser.version} · Constat ${report.meta.extensionVersion}`}
          />
          <Field label={t('printCategory', lang)} value={categoryLabel(report.categoryId, lang)} />
          {report.attackTarget && <Field label={t('printAttackTarget', lang)} value={report.attackTarget} />}
          <Field
            label={t('printLegalBasis', lang)}
            value={
              category
                ? legalBasisFor(category, report.grounds)
                    .map((p) => p.citation)
                    .join('; ')
                : ''
            }
          />
        </tbody>
      </table>
      <h3>{t('printText', lang)}</h3>
      <p class="post-text">{value('text') || t('noText', lang)}</p>
      {report.notices.length > 0 && <h3>{t('printNotices', lang)}</h3>}
      {report.notices.map((notice) => (
        <div key={notice.id} class="printed-notice">
          <p>
            {notice.channelId} · {formatDateTime(notice.openedAt, lang)} ·{' '}
            {notice.sentAt
              ? `${t('printNoticeSent', lang)} ${formatDateTime(notice.sentAt, lang)}`
              : t('printNoticeNotSent', lang)}
            {notice.reference ? ` · ${notice.reference}` : ''}
          </p>
          <p class="notice-text">{notice.text}</p>
        </div>
      ))}
      <h3>{t('printHistory', lang)}</h3>
      <table>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td>{event.at}</td>
              <td>
                #{event.seq} {eventLabel(event, lang)}
              </td>
              <td class="hash">{event.hash}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('printHashes', lang)}</h3>
      <ul>
        {report.evidence.map((ref) => (
          <li key={ref.id}>
            {ref.kind}: <span class="hash">{ref.sha256}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
