import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  intro?: string;
  /** The chart, or nothing when there is nothing to draw. */
  chart: ComponentChildren;
  /** The same figures as a table. */
  table: ComponentChildren;
  /** Said instead of the chart and the table when there is no figure. */
  empty?: string | null;
  /** A table too wide to sit beside its chart goes under it. */
  wide?: boolean;
}

/** One figure of the statistics page: its chart and, beside it, its table. */
export function StatsFigure({ id, title, intro, chart, table, empty, wide }: Props) {
  return (
    <section class="stats-figure" aria-labelledby={`${id}-heading`} data-stats={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p>{intro}</p>}
      {empty ? (
        <p class="muted">{empty}</p>
      ) : (
        <div class={wide ? 'stats-figure__body stats-figure__body--wide' : 'stats-figure__body'}>
          <div class="stats-figure__chart">{chart}</div>
          <div class="stats-figure__table">{table}</div>
        </div>
      )}
    </section>
  );
}
