import { t } from '../../utils/i18n';
import type { TargetGroup } from '../../utils/target/attack-target';
import { logUrl } from '../common/extension-urls';
import { categoryLabel, formatDateTime, platformLabel, statusLabel } from '../common/labels';
import { fill } from './fill';
import { outcomeLabel } from './outcome-labels';
import type { TimelineEntry } from './target-timeline';

interface Props {
  group: TargetGroup<TimelineEntry>;
  index: number;
}

/** One target's reports, oldest first, each linked to its page in the log. */
export function TargetTimeline({ group, index }: Props) {
  const headingId = `target-${index}`;
  const first = group.entries[0];
  const last = group.entries.at(-1);
  return (
    <section class="target-timeline" aria-labelledby={headingId} data-target-key={group.key}>
      <h2 id={headingId}>{group.label}</h2>
      <p class="muted">
        {fill(t('targetsCount'), {
          n: group.entries.length,
          first: first ? formatDateTime(first.capturedAt) : '',
          last: last ? formatDateTime(last.capturedAt) : '',
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('timelineDate')}</th>
            <th scope="col">{t('timelinePlatform')}</th>
            <th scope="col">{t('timelineAuthor')}</th>
            <th scope="col">{t('timelineCategory')}</th>
            <th scope="col">{t('timelineStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {group.entries.map((entry) => (
            <tr key={entry.id} data-report-id={entry.id}>
              <td>
                <a href={logUrl(entry.id)}>{formatDateTime(entry.capturedAt)}</a>
              </td>
              <td>{platformLabel(entry.platform)}</td>
              <td>{entry.author || t('unknownAuthor')}</td>
              <td>{categoryLabel(entry.categoryId)}</td>
              <td>
                {statusLabel(entry.status)}
                {entry.outcome && ` — ${outcomeLabel(entry.outcome)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
