import { type DueList, dueListPage } from '../../utils/follow-up/reminders';
import { t } from '../../utils/i18n';
import { fill } from '../../utils/i18n/fill';
import { logUrl } from '../common/extension-urls';
import { formatDateTime } from '../common/labels';
import type { Loaded } from '../popup/use-popup-data';
import { RecheckButton } from './RecheckButton';

interface Props {
  due: Loaded<DueList>;
  open: (url: string) => void;
}

/** The popup's list of notices whose follow-up time has come; nothing when none is due. */
export function DueFollowUps({ due, open }: Props) {
  if (due.kind === 'failed') {
    return (
      <p class="error" role="alert">
        {due.message}
      </p>
    );
  }
  if (due.kind === 'loading' || due.value.total === 0) return null;
  const { shown, total, reportIds } = due.value;
  return (
    <section class="due-follow-ups">
      <h2>{t('popupDueHeading')}</h2>
      <ul class="recent-list due-list">
        {shown.map((followUp) => (
          <li key={`${followUp.reportId}-${followUp.noticeId}`} data-report={followUp.reportId}>
            <button type="button" class="link-button" onClick={() => open(logUrl(followUp.reportId))}>
              <span class="recent__author">{followUp.title}</span>
              <span class="recent__context">
                {t('popupDueSince')} {formatDateTime(followUp.dueAt.toISOString())}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {total > shown.length && (
        <button type="button" class="link-button due-more" onClick={() => open(dueListPage())}>
          {fill(t('popupDueMore'), { n: total - shown.length })}
        </button>
      )}
      <RecheckButton
        reportIds={reportIds}
        label={t('recheckDue')}
        nameOf={(id) => shown.find((followUp) => followUp.reportId === id)?.title ?? id}
      />
    </section>
  );
}
