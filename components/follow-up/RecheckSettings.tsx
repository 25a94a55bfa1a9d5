import { t } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { fill } from '../log/fill';
import { RecheckScreenshotAccess } from './RecheckScreenshotAccess';

const choices = [7, 14, 30] as const;

interface Props {
  recheckEveryDays: Settings['recheckEveryDays'];
  onChange: (days: Settings['recheckEveryDays']) => void;
}

/** Periodic "Still online?" rechecks (off unless the person turns them on) and their screenshots. */
export function RecheckSettings({ recheckEveryDays, onChange }: Props) {
  const options =
    recheckEveryDays === null || choices.some((n) => n === recheckEveryDays)
      ? choices
      : [...choices, recheckEveryDays];
  return (
    <>
      <section class="recheck-settings" aria-labelledby="recheck-settings-heading">
        <h2 id="recheck-settings-heading">{t('recheckHeading')}</h2>
        <label for="recheck-every">{t('recheckPeriodicLabel')}</label>{' '}
        <select
          id="recheck-every"
          value={recheckEveryDays === null ? '' : String(recheckEveryDays)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange(value === '' ? null : Number(value));
          }}
        >
          <option value="">{t('recheckPeriodicNever')}</option>
          {options.map((n) => (
            <option key={n} value={String(n)}>
              {fill(t('recheckPeriodicEvery'), { n })}
            </option>
          ))}
        </select>
        <p class="field-hint">{t('recheckPeriodicHint')}</p>
      </section>
      <RecheckScreenshotAccess />
    </>
  );
}
