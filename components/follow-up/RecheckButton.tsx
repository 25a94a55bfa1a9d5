import { useState } from 'preact/hooks';
import { errorText } from '../../utils/i18n/error-text';
import { sendRequest } from '../../utils/messages';
import type { RecheckRun } from '../../utils/recheck/run-state';
import { RecheckProgress } from './RecheckProgress';

interface Props {
  reportIds: readonly string[];
  label: string;
  nameOf?: (reportId: string) => string;
  onFinished?: () => void;
}

/** "Still online?" for a report, the due list or a selection: starts the rechecks and follows them. */
export function RecheckButton({ reportIds, label, nameOf, onFinished }: Props) {
  const [run, setRun] = useState<RecheckRun | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    try {
      setRun(await sendRequest({ type: 'recheck-start', reportIds: [...reportIds] }));
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <div class="recheck">
      <button
        type="button"
        class="recheck-start"
        disabled={reportIds.length === 0}
        onClick={() => void start()}
      >
        {label}
      </button>
      {run !== undefined && <RecheckProgress initial={run} nameOf={nameOf} onFinished={onFinished} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
