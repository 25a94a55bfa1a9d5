import { useState } from 'preact/hooks';
import { type EvidenceCheck, verifyEvidence } from '../../utils/evidence/verify';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import type { EvidenceRecord, EvidenceRef } from '../../utils/model';
import { evidenceKindLabel, formatBytes, formatExactBytes } from '../common/labels';

type VerifyState =
  | { kind: 'idle' }
  | { kind: 'verifying' }
  | { kind: 'done'; checks: EvidenceCheck[] }
  | { kind: 'failed'; message: string };

const resultKeys = { match: 'hashMatch', mismatch: 'hashMismatch', missing: 'hashMissing' } as const;

interface Props {
  evidence: readonly EvidenceRef[];
  /** The evidence files as stored now: the check is about what is stored, not what this page loaded. */
  readStored: () => Promise<EvidenceRecord[]>;
}

/** Each evidence file's recorded SHA-256 and size, and a check that recomputes them from storage. */
export function EvidenceHashList({ evidence, readStored }: Props) {
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });

  const verify = async () => {
    setState({ kind: 'verifying' });
    try {
      setState({ kind: 'done', checks: await verifyEvidence(evidence, await readStored()) });
    } catch (error) {
      setState({ kind: 'failed', message: errorText(error) });
    }
  };
  const checkOf = (id: string) => (state.kind === 'done' ? state.checks.find((c) => c.id === id) : undefined);

  return (
    <section aria-labelledby="hashes-heading">
      <h2 id="hashes-heading">{t('evidenceHeading')}</h2>
      <ul class="evidence-list">
        {evidence.map((ref) => {
          const check = checkOf(ref.id);
          return (
            <li key={ref.id} data-evidence-id={ref.id}>
              <strong>{evidenceKindLabel(ref.kind)}</strong> <span class="muted">{ref.mime}</span>
              <dl class="facts">
                <dt>{t('evidenceSize')}</dt>
                <dd>
                  {formatBytes(ref.size)} <span class="muted">({formatExactBytes(ref.size)})</span>
                </dd>
                <dt>SHA-256</dt>
                <dd>
                  <code class="hash">{ref.sha256}</code>
                </dd>
              </dl>
              {check && (
                <p class={`hash-check hash-check--${check.status}`} data-check={check.status}>
                  {t(resultKeys[check.status])}
                  {check.status === 'mismatch' && (
                    <>
                      {' '}
                      {t('hashRecomputed')} <code class="hash">{check.actualSha256}</code> (
                      {formatExactBytes(check.actualSize ?? 0)})
                    </>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={verify} disabled={state.kind === 'verifying' || evidence.length === 0}>
        {t(state.kind === 'verifying' ? 'verifying' : 'verifyHashes')}
      </button>
      <p role="status" class="verify-status">
        {state.kind === 'done' &&
          t(state.checks.every((c) => c.status === 'match') ? 'verifyAllMatch' : 'verifySomeFailed')}
      </p>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('verifyFailed')} {state.message}
        </p>
      )}
    </section>
  );
}
