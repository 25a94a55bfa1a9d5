import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before saving a report of sexual content involving minors while pictures of it are stored:
 * saving deletes them. The person confirms knowing why; cancelling saves nothing.
 */
export function MediaRemovalConfirm({ onConfirm, onCancel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Moves focus to the question as it appears (a layout effect: before any paint or key press), so
  // keyboard and screen-reader users meet it where the save was.
  useLayoutEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      class="confirm-removal"
      role="alertdialog"
      aria-labelledby="confirm-removal-heading"
      aria-describedby="confirm-removal-why"
      tabIndex={-1}
    >
      <h2 id="confirm-removal-heading">{t('removalConfirmHeading')}</h2>
      <div id="confirm-removal-why">
        <p>{t('removalConfirmWhy')}</p>
        <p>{t('removalConfirmWhat')}</p>
        <p>{t('removalConfirmNext')}</p>
      </div>
      <div class="confirm-removal__actions">
        <button type="button" class="primary" onClick={onConfirm}>
          {t('removalConfirmYes')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('removalConfirmNo')}
        </button>
      </div>
    </div>
  );
}
