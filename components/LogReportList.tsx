import { useEffect, useState } from 'preact/hooks';
import { listReports, type ReportList } from '../utils/db/reports';
import { t } from '../utils/i18n';
import { optionsUrl } from './extension-urls';
import { ChainPanel } from './log/ChainPanel';
import { LogToolbar } from './log/LogToolbar';
import { LogViewLinks } from './log/LogViewLinks';
import { ReportSummaryItem } from './ReportSummaryItem';

type ListState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; list: ReportList };

/** Every report, newest first; unreadable records are listed as errors, never hidden. */
export function LogReportList() {
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    void version;
    listReports().then(
      (list) => {
        setState({ kind: 'ready', list });
        setSelected((old) => new Set(list.reports.map((r) => r.id).filter((id) => old.has(id))));
      },
      (error: unknown) =>
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [version]);

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
      <LogViewLinks />
      <ChainPanel version={version} />
      <LogToolbar
        selected={[...selected]}
        all={state.kind === 'ready' ? state.list.reports.map((r) => r.id) : []}
        onSelectAll={(ids) => setSelected(new Set(ids))}
        onChanged={() => setVersion((v) => v + 1)}
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
