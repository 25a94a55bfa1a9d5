import type { PendingFollowUp } from '../../utils/follow-up/due';
import { t } from '../../utils/i18n';
import { logUrl } from '../common/extension-urls';
import { formatDateTime } from '../common/labels';
import type { Loaded } from '../popup/use-popup-data';
import { RecheckButton } from './RecheckButton';

interface Props {
  due: Loaded<PendingFollowUp[]>;
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
  if (due.kind === 'loading' || due.value.length === 0) return null;
  return (
    <section class="due-follow-ups">
      <h2>{t('popupDueHeading')}</h2>
      <ul class="recent-list due-list">
        {due.value.map((followUp) => (
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
      <RecheckButton
        reportIds={[...new Set(due.value.map((followUp) => followUp.reportId))]}
        label={t('recheckDue')}
        nameOf={(id) => due.value.find((followUp) => followUp.reportId === id)?.title ?? id}
      />
    </section>
  );
}
