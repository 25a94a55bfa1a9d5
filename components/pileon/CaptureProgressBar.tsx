import { t } from '../../utils/i18n';
import type { CaptureProgress } from '../../utils/pileon/progress';

interface Props {
  progress: CaptureProgress;
  onCancel: () => void;
}

/** Where the capture stands: a bar, the counts, and the cancel button while it runs. */
export function CaptureProgressBar({ progress, onCancel }: Props) {
  const dealt = progress.captured + progress.linked + progress.missing.length;
  return (
    <div class="pileon-progress" role="status">
      <progress max={progress.total} value={dealt} />
      <p>
        {progress.captured} {t('pileonCaptured')} · {progress.linked} {t('pileonLinked')} ·{' '}
        {progress.missing.length} {t('pileonMissing')} · {progress.screenshots} {t('pileonScreenshots')}
      </p>
      {progress.running && (
        <button type="button" onClick={onCancel}>
          {t('pileonCancel')}
        </button>
      )}
      {!progress.running && progress.cancelled && <p>{t('pileonCancelled')}</p>}
      {progress.error && (
        <p class="error">
          {t('pileonCaptureFailed')} {progress.error}
        </p>
      )}
    </div>
  );
}
