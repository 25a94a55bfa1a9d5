import { useState } from 'preact/hooks';
import { buildLogExport, logExportFileName } from '../utils/export/log-export';
import { t } from '../utils/i18n';
import { downloadFile } from './download-file';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'done'; unreadable: number }
  | { kind: 'failed'; message: string };

/** "Export the whole log": every report with its evidence, as one versioned JSON file. */
export function ExportLogButton() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const exportLog = async () => {
    setState({ kind: 'exporting' });
    try {
      const data = await buildLogExport();
      downloadFile(logExportFileName(), JSON.stringify(data, null, 2), 'application/json');
      setState({ kind: 'done', unreadable: data.unreadable.length });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="export">
      <button type="button" onClick={exportLog} disabled={state.kind === 'exporting'}>
        {t(state.kind === 'exporting' ? 'exporting' : 'exportLog')}
      </button>
      <p role="status" class="export-status">
        {state.kind === 'done' && <span class="ok">{t('exportDone')}</span>}
        {state.kind === 'done' && state.unreadable > 0 && <span> {t('exportUnreadableNote')}</span>}
      </p>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('exportFailed')} {state.message}
        </p>
      )}
    </div>
  );
}
