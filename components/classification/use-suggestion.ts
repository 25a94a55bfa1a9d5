import { useEffect, useMemo, useState } from 'preact/hooks';
import { classify } from '../../utils/classify';
import type { Suggestion } from '../../utils/classify/suggestion';
import { analyse } from '../../utils/hate-model/analyse';
import { loadModel } from '../../utils/hate-model/load';
import type { LoadedModel } from '../../utils/hate-model/predict';
import { errorText } from '../../utils/i18n/error-text';
import type { UserTerm } from '../../utils/settings';

export type ModelState =
  | { kind: 'loading' }
  | { kind: 'ready'; model: LoadedModel }
  | { kind: 'failed'; error: string };

export interface SuggestionResult {
  suggestion: Suggestion | null;
  error: string | null;
  model: ModelState;
}

const noTerms: readonly UserTerm[] = [];

/** The trained model, loaded once the composer asks for it (never in the capture path). */
function useModel(): ModelState {
  const [state, setState] = useState<ModelState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadModel().then(
      (model) => live && setState({ kind: 'ready', model }),
      (error: unknown) => live && setState({ kind: 'failed', error: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * The assistant's suggestion for the text as it now reads, recomputed on every edit: it is local,
 * synchronous and takes milliseconds, so there is nothing to debounce. Until the model has loaded
 * (or if it cannot), the word lists answer alone. A failure is shown, not hidden: the person then
 * chooses without a suggestion.
 */
export function useSuggestion(text: string, userTerms: readonly UserTerm[] = noTerms): SuggestionResult {
  const model = useModel();
  return useMemo(() => {
    try {
      const suggestion =
        model.kind === 'ready' ? analyse(text, model.model, { userTerms }) : classify(text, { userTerms });
      return { suggestion, error: null, model };
    } catch (error) {
      return { suggestion: null, error: errorText(error), model };
    }
  }, [text, userTerms, model]);
}
