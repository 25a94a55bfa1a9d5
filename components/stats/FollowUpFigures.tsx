import { t } from '../../utils/i18n';
import type { PlatformFollowUp } from '../../utils/stats/log-stats';
import type { Outcome } from '../../utils/stats/outcome';
import { platformLabel } from '../common/labels';
import { outcomeLabel } from '../log/outcome-labels';
import { durationLabel, shareLabel } from './format';
import { StatsBarChart } from './StatsBarChart';
import { StatsFigure } from './StatsFigure';

const outcomes: readonly Outcome[] = ['removed', 'restricted', 'refused', 'no-answer', 'waiting'];

interface Props {
  rows: PlatformFollowUp[];
}

function OutcomeFigure({ rows }: Props) {
  const title = t('statsOutcomeHeading');
  return (
    <StatsFigure
      id="outcomes"
      title={title}
      intro={t('statsOutcomeIntro')}
      empty={rows.length === 0 ? t('statsNoSent') : null}
      wide
      chart={
        <figure>
          <StatsBarChart
            title={title}
            labels={rows.map((row) => platformLabel(row.platform))}
            series={outcomes.map((outcome) => rows.map((row) => row.outcomes[outcome]))}
            options={{ stackBars: true }}
          />
          <figcaption class="stats-legend">
            {outcomes.map((outcome, i) => (
              <span key={outcome} class={`stats-legend__item stats-legend__item--${i}`}>
                {outcomeLabel(outcome)}
              </span>
            ))}
          </figcaption>
        </figure>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('statsPlatform')}</th>
              <th scope="col">{t('statsSent')}</th>
              {outcomes.map((outcome) => (
                <th key={outcome} scope="col">
                  {outcomeLabel(outcome)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.platform}>
                <th scope="row">{platformLabel(row.platform)}</th>
                <td>{row.sent}</td>
                {outcomes.map((outcome) => (
                  <td key={outcome}>{row.outcomes[outcome]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function RemovalTimeFigure({ rows }: Props) {
  const timed = rows.filter((row) => row.medianHoursToRemoval !== null);
  const title = t('statsRemovalTimeHeading');
  return (
    <StatsFigure
      id="removal-time"
      title={title}
      empty={timed.length === 0 ? t('statsNoRemoval') : null}
      chart={
        <StatsBarChart
          title={title}
          labels={timed.map((row) => platformLabel(row.platform))}
          series={[timed.map((row) => row.medianHoursToRemoval ?? 0)]}
          options={{ axisY: { onlyInteger: false } }}
        />
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('statsPlatform')}</th>
              <th scope="col">{t('statsRemovalsTimed')}</th>
              <th scope="col">{t('statsMedian')}</th>
            </tr>
          </thead>
          <tbody>
            {timed.map((row) => (
              <tr key={row.platform}>
                <th scope="row">{platformLabel(row.platform)}</th>
                <td>{row.removalsTimed}</td>
                <td>{durationLabel(row.medianHoursToRemoval ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function WithinReminderFigure({ rows }: Props) {
  const judged = rows.filter((row) => row.judged > 0);
  const title = t('statsWithinHeading');
  return (
    <StatsFigure
      id="within-reminder"
      title={title}
      intro={t('statsWithinIntro')}
      empty={judged.length === 0 ? t('statsNoJudged') : null}
      chart={
        <StatsBarChart
          title={title}
          labels={judged.map((row) => platformLabel(row.platform))}
          series={[judged.map((row) => Math.round((100 * row.removedWithinReminder) / row.judged))]}
          options={{ high: 100, low: 0 }}
        />
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('statsPlatform')}</th>
              <th scope="col">{t('statsJudged')}</th>
              <th scope="col">{t('statsWithin')}</th>
              <th scope="col">{t('statsShare')}</th>
            </tr>
          </thead>
          <tbody>
            {judged.map((row) => (
              <tr key={row.platform}>
                <th scope="row">{platformLabel(row.platform)}</th>
                <td>{row.judged}</td>
                <td>{row.removedWithinReminder}</td>
                <td>{shareLabel(row.removedWithinReminder, row.judged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** What platforms did with the notices sent: outcomes, time to removal, removals within the reminder. */
export function FollowUpFigures({ rows }: Props) {
  return (
    <>
      <OutcomeFigure rows={rows} />
      <RemovalTimeFigure rows={rows} />
      <WithinReminderFigure rows={rows} />
    </>
  );
}
