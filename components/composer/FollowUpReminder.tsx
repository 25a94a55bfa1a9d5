import { effectiveFollowUp } from '../../utils/follow-up/effective';
import { t, uiLang } from '../../utils/i18n';
import type { Category } from '../../utils/taxonomy/category-schema';
import { taxonomyText } from '../../utils/taxonomy/text';
import { optionsUrl } from '../common/extension-urls';
import { hoursLabel } from '../common/labels';
import type { SettingsState } from '../common/use-settings';

interface Props {
  category: Category;
  settings: SettingsState;
}

/** When Constat will remind the person to check on the platform, and why that delay (a reminder, not law). */
export function FollowUpReminder({ category, settings }: Props) {
  const lang = uiLang();
  const followUp = effectiveFollowUp(
    category,
    settings.kind === 'ready' ? settings.settings.followUpHours : null,
  );
  return (
    <div class="follow-up" data-source={followUp.source} data-hours={followUp.hours ?? 'none'}>
      <p>
        <strong class="follow-up__value">
          {followUp.hours === null
            ? t('followUpNone')
            : `${t('followUpAfter')} ${hoursLabel(followUp.hours)}`}
        </strong>{' '}
        <span class="muted">
          ({t(followUp.source === 'setting' ? 'followUpYourSetting' : 'followUpDefaultSource')})
        </span>
      </p>
      {followUp.source === 'setting' && (
        <p class="muted">
          {t('followUpDefaultIs')} {hoursLabel(followUp.defaultHours)}
        </p>
      )}
      {/* Never falls back silently: if the settings cannot be read, the default shown is said to be one. */}
      {settings.kind === 'failed' && <p class="error">{t('followUpSettingsUnreadable')}</p>}
      <p class="follow-up__why">{taxonomyText(followUp.rule.explanation, lang)}</p>
      <p>
        <a href={optionsUrl()} target="_blank" rel="noopener">
          {t('followUpChange')}
        </a>
      </p>
    </div>
  );
}
