import { useEffect, useState } from 'preact/hooks';
import type { DeletionSummary } from '../../utils/db/deletion';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { AlertDialog } from '../common/AlertDialog';
import { formatBytes } from '../common/labels';
import type { DeletionStore } from './deletion-store';
import { fill } from './fill';

interface Props {
  /** The reports to delete, or the whole log (a wipe). */
  deletion: DeletionStore;
  onDone: () => void;
  onCancel: () => void;
}

/** Says what will go and what stays, then deletes only when confirmed. */
export function DeleteDialog({ deletion, onDone, onCancel }: Props) {
  const [summary, setSummary] = useState<DeletionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    deletion.describe().then(setSummary, (e: unknown) => setError(String(e)));
  }, [deletion]);

  const confirm = async () => {
    setBusy(true);
    try {
      await deletion.remove();
      onDone();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <AlertDialog
      id="confirm-delete"
      class="confirm-delete"
      heading={t('deleteConfirmHeading')}
      status={
        error && (
          <p class="error" role="alert">
            {t('deleteFailed')} {error}
          </p>
        )
      }
      confirmLabel={t('deleteConfirm')}
      cancelLabel={t('deleteCancel')}
      confirmDisabled={!summary || busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {summary && (
        <p>
          {fill(t('deleteConfirmWhat'), {
            reports: summary.reports,
            files: summary.files,
            size: formatBytes(summary.bytes),
          })}
        </p>
      )}
      <p>{t(deletion.wholeLog ? 'deleteConfirmWipe' : 'deleteConfirmStays')}</p>
      <p>{t('deleteConfirmExport')}</p>
    </AlertDialog>
  );
}
