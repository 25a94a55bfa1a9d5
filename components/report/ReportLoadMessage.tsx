import { t } from '../../utils/i18n';

/** Where a page loading one report stands, before the report can be shown. */
export type ReportLoadState =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'failed'; message: string };

export function ReportLoadMessage({ state }: { state: ReportLoadState }) {
  if (state.kind === 'loading') return <p class="muted">{t('loading')}</p>;
  return (
    <p class="error" role="alert">
      {state.kind === 'not-found' ? t('composerNotFound') : `${t('composerLoadFailed')} ${state.message}`}
    </p>
  );
}
