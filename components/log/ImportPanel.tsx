import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import type { ImportSummary } from '../../utils/import/import-log';
import { fill } from './fill';
import type { LogStore } from './use-log-store';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'failed'; message: string };

interface Props {
  store: Pick<LogStore, 'importFile'>;
  onImported: () => void;
}

/** Import of a JSON export or a ZIP bundle; a bad file changes nothing and says why. */
export function ImportPanel({ store, onImported }: Props) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ kind: 'running' });
    try {
      const summary = await store.importFile(file);
      setState({ kind: 'done', summary });
      onImported();
    } catch (error) {
      setState({ kind: 'failed', message: errorText(error) });
    }
  };
  return (
    <div class="import">
      <label>
        {t('importLabel')}{' '}
        <input
          type="file"
          accept=".json,.zip,application/json,application/zip"
          disabled={state.kind === 'running'}
          onChange={(event) => choose(event.currentTarget)}
        />
      </label>
      <p role="status" class="import-status">
        {state.kind === 'running' && t('importing')}
        {state.kind === 'done' && <span class="ok">{fill(t('importSummary'), { ...state.summary })}</span>}
      </p>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('importFailed')} {state.message}
        </p>
      )}
    </div>
  );
}
