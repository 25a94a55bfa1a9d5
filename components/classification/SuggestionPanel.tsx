import type { Suggestion } from '../../utils/classify/suggestion';
import { t } from '../../utils/i18n';
import { HighlightedText } from './HighlightedText';
import { MatchList } from './MatchList';
import { ModelExplanation } from './ModelExplanation';
import { SuggestionFacts } from './SuggestionFacts';
import type { ModelState } from './use-suggestion';

interface Props {
  /** Null while nothing could be computed (see `error`). */
  suggestion: Suggestion | null;
  /** The text the suggestion was computed on, to highlight. */
  text: string;
  error: string | null;
  /** Fills the pickers; absent where the suggestion is only shown (the log). */
  onUse?: () => void;
  /** Where the trained model is loaded (the composer): whether it is ready. */
  model?: ModelState;
}

/** The assistant's suggestion and why: it explains itself, and it never chooses for the person. */
export function SuggestionPanel({ suggestion, text, error, onUse, model }: Props) {
  return (
    <section class="suggestion" aria-labelledby="suggestion-heading">
      <h2 id="suggestion-heading">{t('suggestionHeading')}</h2>
      {onUse && <p class="field-hint">{t('suggestionIntro')}</p>}
      {error && (
        <p class="error" role="alert">
          {t('suggestionFailed')} {error}
        </p>
      )}
      {suggestion && (
        <>
          <SuggestionFacts suggestion={suggestion} confidenceClass="suggestion-confidence" />
          {onUse && suggestion.categoryId && (
            <p>
              <button type="button" onClick={onUse}>
                {t('useSuggestion')}
              </button>
            </p>
          )}
          {suggestion.matches.length > 0 ? (
            <>
              <h3>{t('suggestionWhy')}</h3>
              <HighlightedText text={text} matches={suggestion.matches} />
              <MatchList matches={suggestion.matches} />
            </>
          ) : (
            <p class="muted">{t('suggestionNoMatches')}</p>
          )}
          <p class="field-hint">
            {t('suggestionLexicon')} <code>{suggestion.lexiconVersion}</code>
          </p>
          {model?.kind === 'loading' && <p class="muted model-loading">{t('modelLoading')}</p>}
          {model?.kind === 'failed' && (
            <p class="error" role="alert">
              {t('modelFailed')} {model.error}
            </p>
          )}
          {suggestion.explanation && <ModelExplanation explanation={suggestion.explanation} text={text} />}
        </>
      )}
    </section>
  );
}
