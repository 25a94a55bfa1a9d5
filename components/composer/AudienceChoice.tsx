import { t } from '../../utils/i18n';
import type { Audience } from '../../utils/notice/audience';

interface Props {
  /** What the page suggested (a post vs. a direct-message view); null when it could not tell. */
  detected: Audience | null;
  /** What the person confirmed; null until they do. */
  confirmed: Audience | null;
  onChange: (audience: Audience) => void;
}

const choices: readonly { value: Audience; key: 'audiencePublic' | 'audiencePrivate' }[] = [
  { value: 'public', key: 'audiencePublic' },
  { value: 'private', key: 'audiencePrivate' },
];

/** Asks whether the content is public: the page's reading is a hint, the person's answer is the record. */
export function AudienceChoice({ detected, confirmed, onChange }: Props) {
  return (
    <fieldset class="audience" data-audience={confirmed ?? 'unconfirmed'}>
      <legend>{t('audienceLegend')}</legend>
      {detected && (
        <p class="muted" data-detected={detected}>
          {t(detected === 'public' ? 'audienceDetectedPublic' : 'audienceDetectedPrivate')}
        </p>
      )}
      {choices.map(({ value, key }) => (
        <label key={value}>
          <input
            type="radio"
            name="audience"
            value={value}
            checked={confirmed === value}
            onChange={() => onChange(value)}
          />{' '}
          {t(key)}
        </label>
      ))}
      {confirmed === null && <p class="muted">{t('audienceUnconfirmed')}</p>}
    </fieldset>
  );
}
