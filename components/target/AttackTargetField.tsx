import { t } from '../../utils/i18n';
import { MAX_ATTACK_TARGET_CHARS } from '../../utils/model';

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** Names already used in the log, offered so that one target keeps one spelling. */
  suggestions: readonly string[];
}

/** The person or group attacked: a free text field suggesting the names already used. */
export function AttackTargetField({ value, onInput, suggestions }: Props) {
  return (
    <div class="field attack-target">
      <label for="attack-target">{t('attackTargetLabel')}</label>
      <p id="attack-target-hint" class="field-hint">
        {t('attackTargetHint')}
      </p>
      <input
        id="attack-target"
        name="attackTarget"
        type="text"
        list="attack-target-names"
        autocomplete="off"
        maxLength={MAX_ATTACK_TARGET_CHARS}
        aria-describedby="attack-target-hint"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <datalist id="attack-target-names">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}
