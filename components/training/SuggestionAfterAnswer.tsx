import { classify } from '../../utils/classify';
import type { Suggestion } from '../../utils/classify/suggestion';
import { t } from '../../utils/i18n';
import { SuggestionPanel } from '../classification/SuggestionPanel';
import { useAsync } from '../common/use-async';

interface Props {
  text: string;
  /** The suggestion stored at capture; computed now for an imported example or a practice item. */
  stored: Suggestion | null;
  answered: boolean;
}

/** The assistant's suggestion, shown only once the person has answered, so it cannot steer them. */
export function SuggestionAfterAnswer({ text, stored, answered }: Props) {
  const suggestion = useAsync<Suggestion | null>(
    // `await` keeps this call right whether the assistant answers at once or asynchronously.
    async () => (answered ? (stored ?? (text.trim() ? await classify(text) : null)) : null),
    [text, stored, answered],
  );
  if (!answered) return <p class="field-hint">{t('trainingSuggestionAfter')}</p>;
  return <SuggestionPanel suggestion={suggestion.value} text={text} error={suggestion.error} />;
}
