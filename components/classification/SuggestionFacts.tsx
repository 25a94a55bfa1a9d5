import type { ComponentChildren } from 'preact';
import type { Suggestion } from '../../utils/classify/suggestion';
import { t } from '../../utils/i18n';
import { categoryLabel, confidenceLabel, groundsLabel } from '../common/labels';

interface Props {
  suggestion: Suggestion;
  /** Class of the confidence's `dd`, where a view styles or finds it. */
  confidenceClass?: string;
  /** Further rows, after the confidence. */
  children?: ComponentChildren;
}

/** The suggestion's facts: its category, grounds and confidence, then any rows the view adds. */
export function SuggestionFacts({ suggestion, confidenceClass, children }: Props) {
  return (
    <dl class="facts">
      <dt>{t('suggestedCategory')}</dt>
      <dd class="suggested-category">
        {suggestion.categoryId ? categoryLabel(suggestion.categoryId) : t('suggestionNoCategory')}
      </dd>
      <dt>{t('suggestedGrounds')}</dt>
      <dd class="suggested-grounds">{groundsLabel(suggestion.grounds)}</dd>
      <dt>{t('suggestionConfidence')}</dt>
      <dd class={confidenceClass}>{confidenceLabel(suggestion.confidence)}</dd>
      {children}
    </dl>
  );
}
