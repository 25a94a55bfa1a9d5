import { useEffect, useState } from 'preact/hooks';
import { t, uiLang } from '../../utils/i18n';
import type { Category } from '../../utils/taxonomy/category-schema';
import { followUpRuleById } from '../../utils/taxonomy/delays';
import { taxonomyText } from '../../utils/taxonomy/text';
import { hoursLabel } from '../common/labels';

/** What the person set: a number of hours, null for no reminder, undefined to keep the default. */
export type FollowUpSetting = number | null | undefined;

const MAX_HOURS = 24 * 365;

interface Props {
  category: Category;
  setting: FollowUpSetting;
  onChange: (setting: FollowUpSetting) => void;
}

/** One category's reminder: the default (shown), none, or a number of hours; and a way back to the default. */
export function FollowUpRow({ category, setting, onChange }: Props) {
  const lang = uiLang();
  const id = category.id;
  const defaultHours = category.followUp.hours;
  const rule = followUpRuleById(category.followUp.rule);
  const mode = setting === undefined ? 'default' : setting === null ? 'none' : 'hours';
  const [draft, setDraft] = useState(String(setting ?? defaultHours ?? 24));
  const [invalid, setInvalid] = useState(false);
  // A reset or a change from another page replaces what was typed.
  useEffect(() => setDraft(String(setting ?? defaultHours ?? 24)), [setting, defaultHours]);

  // Commits on change (leaving the field, Enter), not on every keystroke, so "2" is not saved on the way to "24".
  const commit = (value: string) => {
    const hours = Number(value);
    const valid = /^\d+$/.test(value.trim()) && hours >= 1 && hours <= MAX_HOURS;
    setInvalid(!valid);
    if (valid && hours !== setting) onChange(hours);
  };
  const chooseMode = (next: string) => {
    setInvalid(false);
    if (next === 'default') onChange(undefined);
    else if (next === 'none') onChange(null);
    else onChange(setting ?? defaultHours ?? 24);
  };

  return (
    <fieldset class="follow-up-row" data-category={id} data-mode={mode}>
      <legend>{taxonomyText(category.label, lang)}</legend>
      <p class="field-hint">
        {t('followUpDefaultIs')} {hoursLabel(defaultHours)}
      </p>
      <details class="follow-up-why">
        <summary>{t('followUpWhyDefault')}</summary>
        <p>{taxonomyText(rule.explanation, lang)}</p>
      </details>
      <div class="field">
        <label for={`follow-up-mode-${id}`}>{t('followUpModeLabel')}</label>
        <select
          id={`follow-up-mode-${id}`}
          value={mode}
          onChange={(event) => chooseMode((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="default">
            {t('followUpModeDefault')} ({hoursLabel(defaultHours)})
          </option>
          <option value="hours">{t('followUpModeHours')}</option>
          <option value="none">{t('followUpNone')}</option>
        </select>
      </div>
      {mode === 'hours' && (
        <div class="field">
          <label for={`follow-up-hours-${id}`}>{t('followUpHoursLabel')}</label>
          <input
            id={`follow-up-hours-${id}`}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_HOURS}
            step={1}
            value={draft}
            aria-invalid={invalid}
            aria-describedby={invalid ? `follow-up-hours-${id}-error` : undefined}
            onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
            onChange={(event) => commit((event.currentTarget as HTMLInputElement).value)}
          />
          {invalid && (
            <p id={`follow-up-hours-${id}-error`} class="error" role="alert">
              {t('followUpHoursInvalid')}
            </p>
          )}
        </div>
      )}
      {setting !== undefined && (
        <button type="button" onClick={() => chooseMode('default')}>
          {t('followUpReset')}
        </button>
      )}
    </fieldset>
  );
}
