import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type DeletionSummary, deleteReports, describeDeletion, wipeLog } from '../../utils/db/deletion';
import { t } from '../../utils/i18n';
import { formatBytes } from '../common/labels';
import { fill } from './fill';

interface Props {
  /** The reports to delete; null for the whole log (a wipe). */
  ids: readonly string[] | null;
  onDone: () => void;
  onCancel: () => void;
}

/** Says what will go and what stays, then deletes only when confirmed. */
export function DeleteDialog({ ids, onDone, onCancel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<DeletionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useLayoutEffect(() => box.current?.focus(), []);
  useEffect(() => {
    describeDeletion(ids ?? undefined).then(setSummary, (e: unknown) => setError(String(e)));
  }, [ids]);

  const confirm = async () => {
    setBusy(true);
    try {
      if (ids) await deleteReports(ids);
      else await wipeLog();
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <div
      ref={box}
      class="confirm-removal confirm-delete"
      role="alertdialog"
      aria-labelledby="confirm-delete-heading"
      aria-describedby="confirm-delete-what"
      tabIndex={-1}
    >
      <h2 id="confirm-delete-heading">{t('deleteConfirmHeading')}</h2>
      <div id="confirm-delete-what">
        {summary && (
          <p>
            {fill(t('deleteConfirmWhat'), {
              reports: summary.reports,
              files: summary.files,
              size: formatBytes(summary.bytes),
            })}
          </p>
        )}
        <p>{t(ids ? 'deleteConfirmStays' : 'deleteConfirmWipe')}</p>
        <p>{t('deleteConfirmExport')}</p>
      </div>
      {error && (
        <p class="error" role="alert">
          {t('deleteFailed')} {error}
        </p>
      )}
      <div class="confirm-removal__actions">
        <button type="button" class="primary" onClick={confirm} disabled={!summary || busy}>
          {t('deleteConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('deleteCancel')}
        </button>
      </div>
    </div>
  );
}
