import { useState } from 'preact/hooks';
import { t, uiLang } from '../../utils/i18n';
import { type UserTerm, userTermSchema } from '../../utils/settings';
import { categories } from '../../utils/taxonomy/categories';
import { type GroundId, grounds } from '../../utils/taxonomy/grounds';
import { taxonomyText } from '../../utils/taxonomy/text';
import { categoryLabel, groundLabel } from '../common/labels';

interface Props {
  terms: readonly UserTerm[];
  /** Saves the new list; resolves false when saving failed (the page says why). */
  onChange: (terms: UserTerm[]) => Promise<boolean>;
}

type ErrorKey = 'termEmpty' | 'termTooLong' | 'termNoCategory' | 'termDuplicate';

const sameTerm = (a: UserTerm, b: UserTerm) =>
  a.term.toLocaleLowerCase() === b.term.toLocaleLowerCase() &&
  a.categoryId === b.categoryId &&
  a.ground === b.ground;

/** The person's own terms for the assistant: a local slur or coded word the shipped lists do not know. */
export function UserTermsEditor({ terms, onChange }: Props) {
  const lang = uiLang();
  const [term, setTerm] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [ground, setGround] = useState<GroundId | ''>('');
  const [error, setError] = useState<ErrorKey | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    if (!term.trim()) return setError('termEmpty');
    if (!categoryId) return setError('termNoCategory');
    const parsed = userTermSchema.safeParse({ term, categoryId, ground: ground || null });
    if (!parsed.success) return setError('termTooLong');
    if (terms.some((existing) => sameTerm(existing, parsed.data))) return setError('termDuplicate');
    setError(null);
    if (await onChange([...terms, parsed.data])) setTerm('');
  };

  return (
    <section class="user-terms" aria-labelledby="user-terms-heading">
      <h2 id="user-terms-heading">{t('userTermsHeading')}</h2>
      <p class="field-hint">{t('userTermsIntro')}</p>
      {terms.length === 0 ? (
        <p class="muted">{t('userTermsEmpty')}</p>
      ) : (
        <ul class="term-list">
          {terms.map((entry, index) => (
            <li key={`${entry.term}|${entry.categoryId}|${entry.ground}`} data-term={entry.term}>
              <span class="term-list__term">{entry.term}</span>
              <span class="term-list__meta">
                {categoryLabel(entry.categoryId)}
                {entry.ground && ` · ${groundLabel(entry.ground)}`}
              </span>
              <button
                type="button"
                aria-label={`${t('userTermRemove')} ${entry.term}`}
                onClick={() => void onChange(terms.filter((_, i) => i !== index))}
              >
                {t('userTermRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <fieldset>
          <legend>{t('userTermAddHeading')}</legend>
          <div class="field">
            <label for="user-term">{t('userTermLabel')}</label>
            <input
              id="user-term"
              type="text"
              maxLength={100}
              value={term}
              aria-invalid={error === 'termEmpty' || error === 'termTooLong' || error === 'termDuplicate'}
              aria-describedby={error ? 'user-term-error' : undefined}
              onInput={(event) => setTerm((event.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="user-term-category">{t('categoryLabel')}</label>
            <select
              id="user-term-category"
              value={categoryId}
              aria-invalid={error === 'termNoCategory'}
              onChange={(event) => setCategoryId((event.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t('categoryNone')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {taxonomyText(category.label, lang)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="user-term-ground">{t('userTermGround')}</label>
            <select
              id="user-term-ground"
              value={ground}
              onChange={(event) =>
                setGround((event.currentTarget as HTMLSelectElement).value as GroundId | '')
              }
            >
              <option value="">{t('groundsNone')}</option>
              {grounds.map((g) => (
                <option key={g.id} value={g.id}>
                  {taxonomyText(g.label, lang)}
                </option>
              ))}
            </select>
          </div>
          {error && (
            <p id="user-term-error" class="error" role="alert">
              {t(error)}
            </p>
          )}
          <button type="submit">{t('userTermAdd')}</button>
        </fieldset>
      </form>
    </section>
  );
}
