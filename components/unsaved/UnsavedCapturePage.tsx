import { useEffect, useState } from 'preact/hooks';
import type { LogExport } from '../../utils/export/log-export';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { sendRequest } from '../../utils/messages';
import { downloadFile } from '../common/download-file';
import { composerUrl } from '../common/extension-urls';

type State =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'held'; error: string; file: LogExport }
  | { kind: 'saved' };

/**
 * Shown when a capture was made but could not be stored (a full disk, a broken database): says
 * why, and lets the user keep the evidence as a file or try the save again.
 */
export function UnsavedCapturePage({ reportId }: { reportId: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [retryError, setRetryError] = useState<string | null>(null);

  useEffect(() => {
    sendRequest({ type: 'unsaved-capture', reportId }).then(
      (answer) =>
        setState(answer.found ? { kind: 'held', error: answer.error, file: answer.file } : { kind: 'gone' }),
      () => setState({ kind: 'gone' }),
    );
  }, [reportId]);

  const retry = async () => {
    setRetryError(null);
    try {
      const answer = await sendRequest({ type: 'retry-save', reportId });
      if (answer.ok) setState({ kind: 'saved' });
      else setRetryError(answer.error);
    } catch (error) {
      setRetryError(errorText(error));
    }
  };

  return (
    <main class="page">
      <h1>{t('unsavedTitle')}</h1>
      {state.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.kind === 'gone' && <p class="error">{t('unsavedGone')}</p>}
      {state.kind === 'saved' && (
        <p class="ok" role="status">
          {t('unsavedNowSaved')} <a href={composerUrl(reportId)}>{t('unsavedOpenComposer')}</a>
        </p>
      )}
      {state.kind === 'held' && (
        <>
          <p class="error" role="alert">
            {state.error}
          </p>
          <p>{t('unsavedExplain')}</p>
          <button
            type="button"
            class="primary"
            onClick={() =>
              downloadFile(
                `constat-unsaved-${reportId}.json`,
                JSON.stringify(state.file, null, 2),
                'application/json',
              )
            }
          >
            {t('unsavedDownload')}
          </button>{' '}
          <button type="button" onClick={retry}>
            {t('unsavedRetry')}
          </button>
          {retryError && (
            <p class="error" role="alert">
              {retryError}
            </p>
          )}
        </>
      )}
    </main>
  );
}
