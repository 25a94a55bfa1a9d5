import { channelById } from '../../utils/channels';
import { t } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import { formatDateTime, statusLabel } from '../common/labels';

/** Every step of the report: captured, saved, each channel chosen, each notice marked sent. */
export function StatusHistory({ report }: { report: Report }) {
  const channelOf = (noticeId: string | undefined) => {
    const record = report.notices.find((n) => n.id === noticeId);
    if (!record) return null;
    const channel = channelById(record.channelId);
    return channel ? t(channel.name) : record.channelId;
  };
  return (
    <section class="status-history" aria-labelledby="status-history-heading">
      <h2 id="status-history-heading">{t('statusHistoryHeading')}</h2>
      <ol>
        {report.statusHistory.map((event, i) => {
          const channel = channelOf(event.noticeId);
          return (
            <li key={i} data-status={event.status}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {statusLabel(event.status)}
              {channel && ` · ${channel}`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
