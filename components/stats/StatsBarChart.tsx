import 'chartist/dist/index.css';
import { BarChart, type BarChartOptions } from 'chartist';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { fill } from '../log/fill';

interface Props {
  title: string;
  labels: string[];
  /** One list of values per series (one series: one bar per label; several: stacked). */
  series: number[][];
  options?: BarChartOptions;
}

/**
 * A bar chart drawn by chartist, shown to sight as a picture; screen readers are sent to the table
 * beside it, which holds the same figures.
 */
export function StatsBarChart({ title, labels, series, options }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([labels, series, options]);
  useEffect(() => {
    if (!ref.current) return;
    const chart = new BarChart(
      ref.current,
      { labels, series },
      { axisY: { onlyInteger: true }, chartPadding: { right: 16 }, ...options },
    );
    return () => chart.detach();
  }, [key]);
  return <div ref={ref} class="stats-chart" role="img" aria-label={fill(t('statsChartLabel'), { title })} />;
}
