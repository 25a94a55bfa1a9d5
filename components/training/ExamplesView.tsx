import { t, uiLang } from '../../utils/i18n';
import { formatShortDateTime } from '../../utils/i18n/dates';
import { deleteExample, listExamples } from '../../utils/training/examples-store';
import { categoryValue } from '../../utils/training/label';
import { useAsync } from '../common/use-async';
import { categoryText } from './label-text';
import { UnreadableList } from './UnreadableList';

/** The training set: every example, tagged or not, newest first. */
export function ExamplesView() {
  const lang = uiLang();
  const list = useAsync(listExamples, []);
  if (list.loading && !list.value) return <p>{t('loading')}</p>;
  if (list.error) return <p class="error">{list.error}</p>;
  const { items, unreadable } = list.value ?? { items: [], unreadable: [] };
  const remove = async (id: string) => {
    if (!window.confirm(t('trainingDeleteConfirm'))) return;
    await deleteExample(id);
    list.reload();
  };
  return (
    <section aria-labelledby="examples-heading">
      <h2 id="examples-heading">{t('trainingExamplesHeading')}</h2>
      {items.length === 0 && <p class="muted">{t('trainingExamplesEmpty')}</p>}
      <ul class="training-list">
        {items.map((example) => (
          <li key={example.id}>
            <a href={`#tag/${encodeURIComponent(example.id)}`}>
              {example.text.slice(0, 140) || example.pageUrl || example.id}
            </a>{' '}
            <span class="muted">
              {example.label ? categoryText(categoryValue(example.label), lang) : t('trainingUntagged')} ·{' '}
              {formatShortDateTime(example.createdAt, lang)}
            </span>{' '}
            <button type="button" onClick={() => void remove(example.id)}>
              {t('trainingDelete')}
            </button>
          </li>
        ))}
      </ul>
      <UnreadableList unreadable={unreadable} />
    </section>
  );
}
