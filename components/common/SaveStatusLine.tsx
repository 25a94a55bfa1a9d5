import { t } from '../../utils/i18n';

/** Where a settings save stands: nothing yet, saved, or failed with the reason. */
export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** The outcome of saving settings, announced to screen readers; shared by the options and welcome pages. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <>
      <p class="save-status" role="status">
        {status.kind === 'saved' && <span class="ok">{t('optionsSaved')}</span>}
      </p>
      {status.kind === 'failed' && (
        <p class="error" role="alert">
          {t('optionsSaveFailed')} {status.message}
        </p>
      )}
    </>
  );
}
