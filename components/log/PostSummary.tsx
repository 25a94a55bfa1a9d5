import { t } from '../../utils/i18n';
import type { EditableField, Report } from '../../utils/model';
import { formatDateTime } from '../common/labels';
import { SafeExternalLink } from '../common/SafeExternalLink';
import { currentValue, extractedValue, fieldOrigin } from '../report/report-fields';

interface Props {
  report: Report;
}

/** The post as the report now describes it, saying which values were edited or typed by hand. */
export function PostSummary({ report }: Props) {
  const value = (field: EditableField) => currentValue(report, report.edits, field);
  // Shown after a value the extraction did not supply as is, so the log never passes an edit off as captured.
  const origin = (field: EditableField) => {
    const original = extractedValue(report, field);
    const kind = fieldOrigin(original, report.edits[field]);
    if (kind === 'typed-by-hand')
      return <span class="field-status field-status--typed">{t('fieldTypedByHand')}</span>;
    if (kind === 'edited') {
      return (
        <span class="field-status field-status--edited">
          {t('fieldEdited')} <span class="original-value">{original}</span>
        </span>
      );
    }
    return null;
  };
  const permalink = value('permalink');
  const publishedAt = value('publishedAt');
  return (
    <section aria-labelledby="post-heading">
      <h2 id="post-heading">{t('fieldsHeading')}</h2>
      <dl class="facts">
        <dt>{t('fieldPermalink')}</dt>
        <dd class="break">
          {permalink ? <SafeExternalLink href={permalink}>{permalink}</SafeExternalLink> : '—'}
          {origin('permalink')}
        </dd>
        <dt>{t('fieldAuthorHandle')}</dt>
        <dd>
          {value('authorHandle') || '—'}
          {origin('authorHandle')}
        </dd>
        <dt>{t('fieldAuthorName')}</dt>
        <dd>
          {value('authorName') || '—'}
          {origin('authorName')}
        </dd>
        <dt>{t('fieldPublishedAt')}</dt>
        <dd>
          {publishedAt ? (
            <time dateTime={publishedAt} title={publishedAt}>
              {formatDateTime(publishedAt)}
            </time>
          ) : (
            '—'
          )}
          {origin('publishedAt')}
        </dd>
        <dt>{t('fieldText')}</dt>
        <dd>
          <span class="post-text">{value('text') || '—'}</span>
          {origin('text')}
        </dd>
        <dt>{t('notesLabel')}</dt>
        <dd class="post-text">{report.notes || '—'}</dd>
      </dl>
    </section>
  );
}
