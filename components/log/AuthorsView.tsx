import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { type AuthorSummary, listAuthors } from '../../utils/log-index/read';
import { viewHash } from './log-route';
import { authorSpan, platformOf } from './TimelineHeading';

const PAGE = 50;

interface Props {
  win: Window;
  /** What the address says was typed in the search box. */
  initial: string;
}

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; authors: AuthorSummary[]; more: boolean };

/**
 * Every account the log has reports about, found by the beginning of its handle or name, each
 * opening its timeline: its reports oldest first, which shows a coordinated attack as it unfolded.
 */
export function AuthorsView({ win, initial }: Props) {
  const [typed, setTyped] = useState(initial);
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = (after: AuthorSummary[]) =>
    listAuthors(typed, after.at(-1)?.key ?? null, PAGE + 1).then(
      (found) => ({
        kind: 'ready' as const,
        authors: [...after, ...found.slice(0, PAGE)],
        more: found.length > PAGE,
      }),
      (error: unknown) => ({
        kind: 'failed' as const,
        message: errorText(error),
      }),
    );

  useEffect(() => {
    let current = true;
    void load([]).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [typed]);

  const type = (value: string) => {
    setTyped(value);
    win.history.replaceState(
      null,
      '',
      viewHash('authors', new URLSearchParams(value ? { find: value } : {})),
    );
  };

  return (
    <section class="log-authors" aria-labelledby="log-authors-heading">
      <h2 id="log-authors-heading">{t('logAuthorsHeading')}</h2>
      <p>
        <label>
          {t('logAuthorsFind')}{' '}
          <input type="search" value={typed} onInput={(event) => type(event.currentTarget.value)} />
        </label>
      </p>
      {state.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('logLoadFailed')} {state.message}
        </p>
      )}
      {state.kind === 'ready' && state.authors.length === 0 && <p>{t('logAuthorsNone')}</p>}
      {state.kind === 'ready' && state.authors.length > 0 && (
        <ul class="author-list">
          {state.authors.map((author) => (
            <li key={author.key} data-author={author.key}>
              <a href={viewHash('list', { author: author.key, order: 'oldest' })}>
                <strong>{author.label}</strong> · {platformOf(author)}
              </a>{' '}
              <span>{authorSpan(author)}</span>
            </li>
          ))}
        </ul>
      )}
      {state.kind === 'ready' && state.more && (
        <button type="button" onClick={() => void load(state.authors).then(setState)}>
          {t('logAuthorsMore')}
        </button>
      )}
    </section>
  );
}
