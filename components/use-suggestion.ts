import { useMemo } from 'preact/hooks';
import { classify } from '../utils/classify';
import type { Suggestion } from '../utils/classify/suggestion';
import type { UserTerm } from '../utils/settings';

export interface SuggestionResult {
  suggestion: Suggestion | null;
  error: string | null;
}

const noTerms: readonly UserTerm[] = [];

/**
 * The assistant's suggestion for the text as it now reads, recomputed on every edit: classify is
 * local, synchronous and takes milliseconds, so there is nothing to debounce. A failure is shown,
 * not hidden: the person then chooses without a suggestion.
 */
export function useSuggestion(text: string, userTerms: readonly UserTerm[] = noTerms): SuggestionResult {
  return useMemo(() => {
    try {
      return { suggestion: classify(text, { userTerms }), error: null };
    } catch (error) {
      return { suggestion: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [text, userTerms]);
}
