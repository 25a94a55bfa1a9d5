import 'chartist/dist/index.css';
import { LineChart } from 'chartist';
import { useEffect, useRef } from 'preact/hooks';
import { t, uiLang } from '../../utils/i18n';
import { formatDay } from '../../utils/i18n/dates';
import type { PracticeSet } from '../../utils/training/practice-set';
import { scoreSession } from '../../utils/training/score';
import type { PracticeSession } from '../../utils/training/session';
import { coefficient, percent } from './label-text';

interface Props {
  sessions: PracticeSession[];
  sets: PracticeSet[];
}

interface Point {
  id: string;
  date: string;
  setTitle: string;
  accuracy: number | null;
  kappa: number | null;
}

function points(sessions: PracticeSession[], sets: PracticeSet[], lang: 'fr' | 'en'): Point[] {
  return sessions.flatMap((session) => {
    const set = sets.find((s) => s.id === session.setId);
    if (!set || !session.finishedAt) return [];
    const score = scoreSession(session, set);
    return [
      {
        id: session.id,
        date: formatDay(session.finishedAt, lang),
        setTitle: session.setTitle,
        accuracy: score.accuracy,
        kappa: score.kappa,
      },
    ];
  });
}

/** Accuracy and kappa of each finished session, oldest first: a chart, and the same figures as a table. */
export function ProgressChart({ sessions, sets }: Props) {
  const lang = uiLang();
  const chartRef = useRef<HTMLDivElement>(null);
  const data = points(sessions, sets, lang);
  const key = data.map((p) => p.id).join();
  useEffect(() => {
    if (!chartRef.current || data.length === 0) return;
    const chart = new LineChart(
      chartRef.current,
      {
        labels: data.map((_, i) => String(i + 1)),
        series: [data.map((p) => p.accuracy), data.map((p) => p.kappa)],
      },
      {
        high: 1,
        low: Math.min(0, ...data.map((p) => p.kappa ?? 0)),
        fullWidth: true,
        chartPadding: { right: 24 },
      },
    );
    return () => chart.detach();
  }, [key]);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('trainingProgressHeading')}</h2>
      {data.length === 0 ? (
        <p class="muted">{t('trainingNoFinished')}</p>
      ) : (
        <div class="progress">
          <figure>
            <div ref={chartRef} class="progress-chart" role="img" aria-label={t('trainingChartLabel')} />
            <figcaption>
              <span class="legend-accuracy">■ {t('trainingAccuracy')}</span>{' '}
              <span class="legend-kappa">■ {t('trainingKappa')}</span>
            </figcaption>
          </figure>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('trainingDate')}</th>
                <th scope="col">{t('trainingSet')}</th>
                <th scope="col">{t('trainingAccuracy')}</th>
                <th scope="col">{t('trainingKappa')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((p, i) => (
                <tr key={p.id}>
                  <td>{i + 1}</td>
                  <td>
                    <a href={`#session/${p.id}`}>{p.date}</a>
                  </td>
                  <td>{p.setTitle}</td>
                  <td>{percent(p.accuracy)}</td>
                  <td>{coefficient(p.kappa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
