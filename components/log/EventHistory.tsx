import { t } from '../../utils/i18n';
import type { LogEvent } from '../../utils/log/event';
import { formatDateTime } from '../common/labels';
import { eventLabel } from './event-labels';

interface Props {
  /** Oldest first. */
  events: readonly LogEvent[];
}

/** A report's events, oldest first, each with its place in the chain and its hash. */
export function EventHistory({ events }: Props) {
  if (events.length === 0) return null;
  return (
    <section class="event-history" aria-labelledby="event-history-heading">
      <h2 id="event-history-heading">{t('eventsHeading')}</h2>
      <ol>
        {events.map((event) => (
          <li key={event.seq} data-event-type={event.type}>
            <time dateTime={event.at}>{formatDateTime(event.at)}</time> · #{event.seq} · {eventLabel(event)}
            <br />
            <small>
              {t('eventHash')}: <code>{event.hash}</code>
            </small>
          </li>
        ))}
      </ol>
    </section>
  );
}
