import { useState } from 'preact/hooks';
import { channelById } from '../../utils/channels';
import { refreshReminders } from '../../utils/follow-up/reminders';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { withNoticeSent } from '../../utils/notice/notice-log';
import type { NoticeRecord } from '../../utils/notice/notice-record';
import { formatDateTime } from '../common/labels';
import { NoticeSteps } from '../follow-up/NoticeSteps';
import type { NoticeStore } from './report-update';

interface Props {
  record: NoticeRecord;
  /** Hours after sending when to check on the platform (null: no reminder). */
  followUpHours: number | null;
  store: NoticeStore;
  now?: () => Date;
}

/** One notice in the log: channel, when, the text used, and the person marking it sent with its reference. */
export function NoticeRecordItem({ record, followUpHours, store, now = () => new Date() }: Props) {
  const [error, setError] = useState<string | null>(null);
  const channel = channelById(record.channelId);
  const inputId = `reference-${record.id}`;
  const markSent = async (event: Event) => {
    event.preventDefault();
    // Read from the field itself: what is typed counts even if the page has not re-rendered yet.
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('reference');
    const reference = field instanceof HTMLInputElement ? field.value : '';
    try {
      await store.update((stored) => withNoticeSent(stored, record.id, reference, now()));
      refreshReminders();
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const due =
    record.sentAt && followUpHours !== null
      ? new Date(new Date(record.sentAt).getTime() + followUpHours * 3_600_000)
      : null;
  return (
    <li class="notice-record" data-notice={record.id} data-sent={record.sentAt ? 'yes' : 'no'}>
      <p>
        <strong>{channel ? t(channel.name) : record.channelId}</strong> · {t('noticeOpenedAt')}{' '}
        {formatDateTime(record.openedAt)} · {record.notice.language.toUpperCase()}
      </p>
      {record.sentAt ? (
        <p class="notice-sent">
          {t('noticeSentAt')} {formatDateTime(record.sentAt)}
          {record.reference && (
            <>
              {' '}
              · <span class="notice-reference">{record.reference}</span>
            </>
          )}
        </p>
      ) : (
        <p class="muted">{t('noticeNotSent')}</p>
      )}
      {record.sentAt && (
        <p class="notice-follow-up" data-due={due?.toISOString() ?? 'none'}>
          {due === null
            ? t('noticeFollowUpNone')
            : `${t(due.getTime() < now().getTime() ? 'noticeFollowUpOverdue' : 'noticeFollowUpDue')} ${formatDateTime(due.toISOString())}`}
        </p>
      )}
      <form class="notice-mark-sent" onSubmit={markSent}>
        <label for={inputId}>{t('noticeReference')}</label>
        <input id={inputId} name="reference" type="text" defaultValue={record.reference ?? ''} />
        <button type="submit">{t(record.sentAt ? 'noticeUpdateReference' : 'noticeMarkSent')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {record.sentAt && <NoticeSteps record={record} store={store} now={now} />}
      <details>
        <summary>{t('noticeText')}</summary>
        <pre class="notice-text">{record.text}</pre>
      </details>
    </li>
  );
}
