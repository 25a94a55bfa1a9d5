import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { optionsUrl } from '../shared/extension-urls';
import { ChainPanel } from './ChainPanel';
import { LogToolbar } from './LogToolbar';
import { ReportSummaryItem } from './ReportSummaryItem';
import { useReportList } from './use-report-list';

/** Every report, newest first; unreadable records are listed as errors, never hidden. */
export function LogReportList() {
  const { state, head, refresh } = useReportList();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // Reports gone from the log (deleted, or no longer readable) leave the selection.
  useEffect(() => {
    if (state.kind !== 'ready') return;
    setSelected((old) => new Set(state.list.reports.map((r) => r.id).filter((id) => old.has(id))));
  }, [state]);

  const select = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <main class="page log">
      <h1>{t('logTitle')}</h1>
      <p>
        <a href={optionsUrl()}>{t('openOptions')}</a>
      </p>
      <ChainPanel head={head} />
      <LogToolbar
        selected={[...selected]}
        all={state.kind === 'ready' ? state.list.reports.map((r) => r.id) : []}
        onSelectAll={(ids) => setSelected(new Set(ids))}
        onChanged={refresh}
      />
      {state.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('logLoadFailed')} {state.message}
        </p>
      )}
      {state.kind === 'ready' && state.list.unreadable.length > 0 && (
        <section class="unreadable" aria-labelledby="unreadable-heading">
          <h2 id="unreadable-heading">{t('logUnreadableHeading')}</h2>
          <ul>
            {state.list.unreadable.map((record) => (
              <li key={record.id} class="error" data-report-id={record.id}>
                <strong>{t('logUnreadable')}</strong> <code>{record.id}</code>
                <span class="error-detail">{record.error}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.kind === 'ready' && state.list.reports.length === 0 && state.list.unreadable.length === 0 && (
        <p>{t('logEmpty')}</p>
      )}
      {state.kind === 'ready' && state.list.reports.length > 0 && (
        <ol class="report-list" aria-label={t('logTitle')}>
          {state.list.reports.map((report) => (
            <ReportSummaryItem
              key={report.id}
              report={report}
              selection={{ selected: selected.has(report.id), onChange: (on) => select(report.id, on) }}
            />
          ))}
        </ol>
      )}
    </main>
  );
}
