import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '../../utils/i18n/error-text';

export interface AsyncState<T> {
  value: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads a page's data once per dependency change, with its error kept for the page to show. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ value: T | null; error: string | null; loading: boolean }>({
    value: null,
    error: null,
    loading: true,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => live && setState({ value, error: null, loading: false }),
      (error: unknown) =>
        live &&
        setState({
          value: null,
          error: errorText(error),
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
