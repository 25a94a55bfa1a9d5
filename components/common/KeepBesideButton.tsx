import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { hasPanel, openPanel } from '../../utils/panel/panel-api';
import { useCurrentWindow } from './use-current-window';

interface Props {
  /** Runs once the panel is open (the popup closes; a composer tab hands its report over). */
  onOpened?: (windowId: number) => void;
}

/**
 * "Keep Constat beside the page": opens Chrome's side panel or Firefox's sidebar in this window, so
 * that the next reports open there. Browsers open it only during the click's handler, before
 * anything is awaited: the window is known beforehand, and `openPanel` is the handler's first call.
 */
export function KeepBesideButton({ onOpened }: Props) {
  const windowId = useCurrentWindow();
  const [error, setError] = useState<string | null>(null);
  if (!hasPanel()) return null;

  const open = () => {
    if (windowId === null) return;
    openPanel(windowId).then(
      () => onOpened?.(windowId),
      (failure: unknown) => setError(errorText(failure)),
    );
  };
  return (
    <div class="keep-beside">
      <button type="button" onClick={open} disabled={windowId === null}>
        {t('panelKeepBeside')}
      </button>
      <p class="muted">{t('panelKeepBesideHint')}</p>
      {error && (
        <p class="error" role="alert">
          {t('panelOpenFailed')} {error}
        </p>
      )}
    </div>
  );
}
