import { useState } from 'preact/hooks';
import type { ExportSink } from '../../utils/export/sink';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { printUrl } from '../common/extension-urls';
import { loadLogActions } from './later-parts';
import { openExportSink } from './save-sink';
import type { ExportFormat, LogStore } from './use-log-store';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; unreadable: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const mimes: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
};

interface Props {
  /** The reports chosen; empty: the whole log. */
  selected: readonly string[];
  store: Pick<LogStore, 'exportTo'>;
  win?: Window;
}

/** Exports the whole log or the selection, as JSON, CSV, a ZIP bundle or a printable report. */
export function ExportPanel({ selected, store, win = window }: Props) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const ids = selected.length > 0 ? selected : undefined;

  const run = async (format: ExportFormat) => {
    setState({ kind: 'running', done: 0, total: 0 });
    let sink: ExportSink | null = null;
    try {
      // Loaded once the list has shown: well within the click's activation, which the file picker needs.
      const { logExportFileName } = await loadLogActions();
      sink = await openExportSink(win, logExportFileName(new Date(), format), mimes[format]);
      if (!sink) return setState({ kind: 'cancelled' });
      const unreadable = await store.exportTo(format, sink, ids, (done, total) =>
        setState({ kind: 'running', done, total }),
      );
      await sink.close();
      setState({ kind: 'done', unreadable });
    } catch (error) {
      await sink?.abort().catch(() => undefined);
      setState({ kind: 'failed', message: errorText(error) });
    }
  };

  const running = state.kind === 'running';
  return (
    <div class="export">
      <p class="export-scope">
        {t('exportHeading')}: {t(ids ? 'exportScopeSelection' : 'exportScopeAll')}
      </p>
      <div class="export-buttons">
        <button type="button" disabled={running} onClick={() => run('json')}>
          {t('exportJson')}
        </button>{' '}
        <button type="button" disabled={running} onClick={() => run('csv')}>
          {t('exportCsv')}
        </button>{' '}
        <button type="button" disabled={running} onClick={() => run('zip')}>
          {t('exportZip')}
        </button>{' '}
        <a class="button" href={printUrl(ids)} target="_blank" rel="noopener">
          {t('exportPrint')}
        </a>
      </div>
      {running && (
        <progress aria-label={t('exportProgress')} value={state.done} max={Math.max(state.total, 1)} />
      )}
      <p role="status" class="export-status">
        {running && t('exporting')}
        {state.kind === 'done' && <span class="ok">{t('exportDone')}</span>}
        {state.kind === 'done' && state.unreadable > 0 && <span> {t('exportUnreadableNote')}</span>}
        {state.kind === 'cancelled' && t('exportCancelled')}
      </p>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('exportFailed')} {state.message}
        </p>
      )}
    </div>
  );
}
