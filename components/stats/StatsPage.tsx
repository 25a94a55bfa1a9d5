import './stats.css';
import { t } from '../../utils/i18n';
import type { LogStats } from '../../utils/stats/log-stats';
import { logUrl } from '../common/extension-urls';
import { categoryLabel, platformLabel } from '../common/labels';
import { fill } from '../log/fill';
import { CountTable } from './CountTable';
import { FollowUpFigures } from './FollowUpFigures';
import { monthLabel } from './format';
import { StatsBarChart } from './StatsBarChart';
import { StatsFigure } from './StatsFigure';
import { useLogStats } from './use-log-stats';

interface Counted {
  id: string;
  title: string;
  keyHeading: string;
  rows: { label: string; count: number }[];
  horizontal?: boolean;
}

function CountFigure({ id, title, keyHeading, rows, horizontal }: Counted) {
  return (
    <StatsFigure
      id={id}
      title={title}
      chart={
        <StatsBarChart
          title={title}
          labels={rows.map((row) => row.label)}
          series={[rows.map((row) => row.count)]}
          options={
            horizontal
              ? {
                  horizontalBars: true,
                  reverseData: true,
                  axisX: { onlyInteger: true },
                  axisY: { offset: 140 },
                }
              : undefined
          }
        />
      }
      table={<CountTable caption={title} keyHeading={keyHeading} rows={rows} />}
    />
  );
}

function Figures({ stats }: { stats: LogStats }) {
  return (
    <>
      <p>{fill(t('statsTotal'), { n: stats.total })}</p>
      <CountFigure
        id="per-month"
        title={t('statsPerMonthHeading')}
        keyHeading={t('statsMonth')}
        rows={stats.perMonth.map(({ month, count }) => ({ label: monthLabel(month), count }))}
      />
      <CountFigure
        id="per-platform"
        title={t('statsPerPlatformHeading')}
        keyHeading={t('statsPlatform')}
        rows={stats.perPlatform.map(({ platform, count }) => ({ label: platformLabel(platform), count }))}
      />
      <CountFigure
        id="per-category"
        title={t('statsPerCategoryHeading')}
        keyHeading={t('statsCategory')}
        rows={stats.perCategory.map(({ categoryId, count }) => ({ label: categoryLabel(categoryId), count }))}
        horizontal
      />
      <FollowUpFigures rows={stats.followUp} />
    </>
  );
}

/** log.html#/stats: the log's figures, each chart with its table. */
export function StatsPage() {
  const { value, error } = useLogStats();
  return (
    <main class="page log stats">
      <p class="back">
        <a href={logUrl()}>{t('logBack')}</a>
      </p>
      <h1>{t('statsTitle')}</h1>
      <p>{t('statsIntro')}</p>
      {!value && !error && <p class="muted">{t('loading')}</p>}
      {error && (
        <p class="error" role="alert">
          {t('logViewLoadFailed')} {error}
        </p>
      )}
      {value && value.unreadable.length > 0 && (
        <p class="error">{fill(t('logViewUnreadable'), { n: value.unreadable.length })}</p>
      )}
      {value && value.stats.total === 0 && <p>{t('statsEmpty')}</p>}
      {value && value.stats.total > 0 && <Figures stats={value.stats} />}
    </main>
  );
}
