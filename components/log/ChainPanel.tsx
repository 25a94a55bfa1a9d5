import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import type { ChainHead } from '../../utils/log/event';
import type { VerifyResult } from '../../utils/log/verify';
import { fill } from './fill';
import { describeFinding } from './findings';
import { loadLogActions } from './later-parts';

type VerifyState =
  | { kind: 'idle' }
  | { kind: 'running'; step: 'events' | 'reports' | 'files'; done: number }
  | { kind: 'done'; result: VerifyResult }
  | { kind: 'failed'; message: string };

const progressKeys = {
  events: 'verifyProgressEvents',
  reports: 'verifyProgressReports',
  files: 'verifyProgressFiles',
} as const;

interface Props {
  /** The chain's last event; null when there is none, undefined while it loads. */
  head: ChainHead | null | undefined;
}

/** The chain's head, and "Verify the log" with what it found. */
export function ChainPanel({ head }: Props) {
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });

  const verify = async () => {
    setState({ kind: 'running', step: 'events', done: 0 });
    try {
      const { verifyLog } = await loadLogActions();
      const result = await verifyLog((step, done) => setState({ kind: 'running', step, done }));
      setState({ kind: 'done', result });
    } catch (error) {
      setState({ kind: 'failed', message: errorText(error) });
    }
  };

  return (
    <section class="chain" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('chainHeading')}</h2>
      {head === null && <p class="muted">{t('chainEmpty')}</p>}
      {head && (
        <p class="chain-head">
          {t('chainHeadLabel')}: <code data-testid="chain-head">{head.hash}</code> ({head.seq}{' '}
          {t('chainEvents')})
        </p>
      )}
      <button type="button" onClick={verify} disabled={state.kind === 'running'}>
        {t(state.kind === 'running' ? 'verifying' : 'verifyLog')}
      </button>
      <div role="status" class="verify-status">
        {state.kind === 'running' && (
          <span>
            {t(progressKeys[state.step])}: {state.done}
          </span>
        )}
        {state.kind === 'done' && <VerifyOutcome result={state.result} />}
      </div>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}

function VerifyOutcome({ result }: { result: VerifyResult }) {
  const checked = fill(t('verifyChecked'), {
    events: result.events,
    reports: result.reports,
    files: result.files,
  });
  if (result.findings.length === 0) {
    return (
      <p class="ok">
        {t('verifyOk')} {checked}
      </p>
    );
  }
  return (
    <div class="verify-findings">
      <p class="error">
        {t('verifyProblems')} {checked}
      </p>
      <ul>
        {result.findings.map((finding, i) => (
          <li key={i} class="error">
            {describeFinding(finding)}
          </li>
        ))}
      </ul>
    </div>
  );
}
