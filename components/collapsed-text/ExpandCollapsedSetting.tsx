import { t } from '../../utils/i18n';

interface Props {
  allowed: boolean;
  onChange: (allowed: boolean) => void;
}

/** Whether a capture may click the platform's "Show more" under a collapsed post (off by default). */
export function ExpandCollapsedSetting({ allowed, onChange }: Props) {
  return (
    <section class="expand-collapsed-setting" aria-labelledby="expand-collapsed-heading">
      <h2 id="expand-collapsed-heading">{t('expandCollapsedHeading')}</h2>
      <div class="field">
        <label>
          <input
            type="checkbox"
            name="expand-collapsed"
            checked={allowed}
            aria-describedby="expand-collapsed-hint"
            onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('expandCollapsedLabel')}
        </label>
        <p id="expand-collapsed-hint" class="field-hint">
          {t('expandCollapsedHint')}
        </p>
      </div>
    </section>
  );
}
