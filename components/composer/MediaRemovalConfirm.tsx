import { t } from '../../utils/i18n';
import { AlertDialog } from '../common/AlertDialog';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before saving a report of sexual content involving minors while pictures of it are stored:
 * saving deletes them. The person confirms knowing why; cancelling saves nothing.
 */
export function MediaRemovalConfirm({ onConfirm, onCancel }: Props) {
  return (
    <AlertDialog
      id="confirm-removal"
      heading={t('removalConfirmHeading')}
      confirmLabel={t('removalConfirmYes')}
      cancelLabel={t('removalConfirmNo')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('removalConfirmWhy')}</p>
      <p>{t('removalConfirmWhat')}</p>
      <p>{t('removalConfirmNext')}</p>
    </AlertDialog>
  );
}
