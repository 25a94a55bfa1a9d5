import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';

/**
 * A part of a page whose code is fetched when it is first shown, so that the page's first paint
 * parses only what that view needs (the log list does not load the charts or the report view).
 * Loaded once per page; a failed load is said, and tried again on the next showing.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  return function LazyPart(props: P) {
    const [part, setPart] = useState<{ Part: ComponentType<P> } | null>(loaded && { Part: loaded });
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
      if (part) return;
      let current = true;
      loading ??= load().then((Part) => {
        loaded = Part;
        return Part;
      });
      loading.then(
        (Part) => current && setPart({ Part }),
        (failure: unknown) => {
          loading = null;
          if (current) setError(errorText(failure));
        },
      );
      return () => {
        current = false;
      };
    }, [part]);
    if (error !== null)
      return (
        <p class="error" role="alert">
          {t('logViewLoadFailed')} {error}
        </p>
      );
    return part ? <part.Part {...props} /> : <p class="muted">{t('loading')}</p>;
  };
}
