import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { logExportFileName, writeLogExport } from '../../utils/export/log-export';
import { readLogSource } from '../../utils/export/log-source';
import type { ExportSink } from '../../utils/export/sink';
import { writeEvidenceBundle } from '../../utils/export/zip-bundle';
import { t, uiLang } from '../../utils/i18n';
import { loadSettings } from '../../utils/settings';
import { printUrl } from '../common/extension-urls';
import { writeCsvExport } from './csv-export';
import { openExportSink } from './save-sink';

type Format = 'json' | 'csv' | 'zip';
type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; unreadable: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const mimes: Record<Format, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
};

interface Props {
  /** The reports chosen; empty: the whole log. */
  selected: readonly string[];
  win?: Window;
}

async function write(
  format: Format,
  sink: ExportSink,
  ids: readonly string[] | undefined,
  onProgress: (done: number, total: number) => void,
) {
  const source = await readLogSource(ids);
  const extensionVersion = browser.runtime.getManifest().version;
  if (format === 'json') await writeLogExport(sink, source, { extensionVersion, onProgress });
  else if (format === 'zip') await writeEvidenceBundle(sink, source, { extensionVersion, onProgress });
  else {
    const settings = await loadSettings().catch(() => null);
    await writeCsvExport(sink, source, uiLang(), settings?.followUpHours ?? null, onProgress);
  }
  return source.unreadable.length;
}

/** Exports the whole log or the selection, as JSON, CSV, a ZIP bundle or a printable report. */
export function ExportPanel({ selected, win = window }: Props) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const ids = selected.length > 0 ? selected : undefined;

  const run = async (format: Format) => {
    setState({ kind: 'running', done: 0, total: 0 });
    let sink: ExportSink | null = null;
    try {
      sink = await openExportSink(win, logExportFileName(new Date(), format), mimes[format]);
      if (!sink) return setState({ kind: 'cancelled' });
      const unreadable = await write(format, sink, ids, (done, total) =>
        setState({ kind: 'running', done, total }),
      );
      await sink.close();
      setState({ kind: 'done', unreadable });
    } catch (error) {
      await sink?.abort().catch(() => undefined);
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
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
