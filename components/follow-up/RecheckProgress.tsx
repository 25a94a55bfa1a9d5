import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendRequest } from '../../utils/messages';
import type { RecheckRun } from '../../utils/recheck/run-state';
import { fill } from '../log/fill';
import { outcomeLabel, screenshotNoteLabel } from './recheck-labels';

const POLL_MS = 1000;

interface Props {
  /** The run as the start request answered it. */
  initial: RecheckRun | null;
  /** Names a report in the list of results (its author or address). */
  nameOf?: (reportId: string) => string;
  onFinished?: () => void;
}

function summary(run: RecheckRun): string {
  const values = { done: run.done.length, total: run.total };
  if (run.finishedAt === null) return fill(t('recheckProgress'), values);
  return fill(t(run.cancelled ? 'recheckStopped' : 'recheckFinished'), values);
}

function resultText(item: RecheckRun['done'][number]): string {
  if (item.outcome === null) return fill(t('recheckFailedItem'), { error: item.error ?? '' });
  const note = item.screenshot ? screenshotNoteLabel(item.screenshot) : null;
  return note ? `${outcomeLabel(item.outcome)} (${note})` : outcomeLabel(item.outcome);
}

/** Where the rechecks stand, read from the background every second until they end; a stop button. */
export function RecheckProgress({ initial, nameOf = (id) => id, onFinished }: Props) {
  const [run, setRun] = useState<RecheckRun | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const active = run !== null && run.finishedAt === null;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      sendRequest({ type: 'recheck-progress' }).then(setRun, (failure: unknown) => setError(String(failure)));
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active]);
  const finished = run?.finishedAt ?? null;
  useEffect(() => {
    if (finished !== null) onFinished?.();
  }, [finished]);
  if (!run) return null;
  const stop = () =>
    sendRequest({ type: 'recheck-cancel' }).then(setRun, (f: unknown) => setError(String(f)));
  return (
    <div class="recheck-progress">
      <p role="status">{summary(run)}</p>
      {run.resumed > 0 && <p class="muted">{t('recheckResumed')}</p>}
      {active && (
        <button type="button" onClick={() => void stop()} disabled={run.cancelRequested}>
          {t('recheckStop')}
        </button>
      )}
      <ul class="recheck-results">
        {run.done.map((item) => (
          <li key={item.reportId} data-report={item.reportId} data-outcome={item.outcome ?? 'failed'}>
            {nameOf(item.reportId)}: {resultText(item)}
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
