import { useEffect, useState } from 'preact/hooks';
import { isDue, type PendingFollowUp } from '../../utils/follow-up/due';
import { pendingNow } from '../../utils/follow-up/reminders';
import { t } from '../../utils/i18n';
import { logUrl } from '../extension-urls';
import { formatDateTime } from '../labels';
import { RecheckButton } from './RecheckButton';

interface Props {
  open: (url: string) => void;
  now?: () => Date;
}

/** The popup's list of notices whose follow-up time has come; nothing when none is due. */
export function DueFollowUps({ open, now = () => new Date() }: Props) {
  const [due, setDue] = useState<PendingFollowUp[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openedAt] = useState(now);
  useEffect(() => {
    pendingNow().then(
      (pending) => setDue(pending.filter((followUp) => isDue(followUp, openedAt))),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, [openedAt]);
  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  if (!due || due.length === 0) return null;
  return (
    <section class="due-follow-ups">
      <h2>{t('popupDueHeading')}</h2>
      <ul class="recent-list due-list">
        {due.map((followUp) => (
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
        reportIds={[...new Set(due.map((followUp) => followUp.reportId))]}
        label={t('recheckDue')}
        nameOf={(id) => due.find((followUp) => followUp.reportId === id)?.title ?? id}
      />
    </section>
  );
}
