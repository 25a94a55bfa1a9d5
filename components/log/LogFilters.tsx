import type { MessageKey } from '../../utils/i18n';
import { t, uiLang } from '../../utils/i18n';
import type { LogFilter } from '../../utils/log-index/filter';
import { logStatuses } from '../../utils/log-index/row';
import { platformIds } from '../../utils/platform-id';
import { categories } from '../../utils/taxonomy/categories';
import { grounds } from '../../utils/taxonomy/grounds';
import { taxonomyText } from '../../utils/taxonomy/text';
import { platformLabel } from '../common/labels';
import { logStatusLabel } from './status-labels';

interface Props {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
}

type Choice = { value: string; label: string };

function Select({
  field,
  label,
  value,
  choices,
  onChange,
}: {
  field: string;
  label: MessageKey;
  value: string | undefined;
  choices: readonly Choice[];
  onChange: (value: string | undefined) => void;
}) {
  const id = `log-filter-${field}`;
  return (
    <span class="log-filters__field">
      <label for={id}>{t(label)}</label>{' '}
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value || undefined)}
      >
        <option value="">{t('logFilterAny')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  );
}

function choiceLists(): Record<'platform' | 'category' | 'ground' | 'status' | 'due', Choice[]> {
  const lang = uiLang();
  return {
    platform: platformIds.map((id) => ({ value: id, label: platformLabel(id) })),
    category: [
      { value: 'none', label: t('logFilterNoCategory') },
      ...categories.map((c) => ({ value: c.id, label: taxonomyText(c.label, lang) })),
    ],
    ground: grounds.map((g) => ({ value: g.id, label: taxonomyText(g.label, lang) })),
    status: logStatuses.map((s) => ({ value: s, label: logStatusLabel(s) })),
    due: [
      { value: 'due', label: t('logFilterDueYes') },
      { value: 'not-due', label: t('logFilterDueNo') },
    ],
  };
}

/** The list's filters and search; every change is applied at once (the list follows as you type). */
export function LogFilters({ filter, onChange }: Props) {
  const set = (field: keyof LogFilter) => (value: string | undefined) =>
    onChange({ ...filter, [field]: value || undefined });
  const choices = choiceLists();
  return (
    <section class="log-filters" aria-labelledby="log-filters-heading">
      <h2 id="log-filters-heading">{t('logFiltersHeading')}</h2>
      <p>
        <label class="log-filters__search">
          {t('logSearch')}{' '}
          <input
            type="search"
            value={filter.q ?? ''}
            aria-describedby="log-search-hint"
            onInput={(event) => set('q')(event.currentTarget.value)}
          />
        </label>{' '}
        <span id="log-search-hint" class="field-hint">
          {t('logSearchHint')}
        </span>
      </p>
      <p class="log-filters__fields">
        <Select
          label="logFilterPlatform"
          field="platform"
          value={filter.platform}
          choices={choices.platform}
          onChange={set('platform')}
        />
        <Select
          label="logFilterCategory"
          field="category"
          value={filter.category}
          choices={choices.category}
          onChange={set('category')}
        />
        <Select
          label="logFilterGround"
          field="ground"
          value={filter.ground}
          choices={choices.ground}
          onChange={set('ground')}
        />
        <Select
          label="logFilterStatus"
          field="status"
          value={filter.status}
          choices={choices.status}
          onChange={set('status')}
        />
        <Select
          label="logFilterDue"
          field="due"
          value={filter.due}
          choices={choices.due}
          onChange={set('due')}
        />
      </p>
      <p class="log-filters__fields">
        <label class="log-filters__field">
          {t('logFilterFrom')}{' '}
          <input
            type="date"
            value={filter.from ?? ''}
            onChange={(event) => set('from')(event.currentTarget.value)}
          />
        </label>
        <label class="log-filters__field">
          {t('logFilterTo')}{' '}
          <input
            type="date"
            value={filter.to ?? ''}
            onChange={(event) => set('to')(event.currentTarget.value)}
          />
        </label>
        <label class="log-filters__field">
          {t('logFilterOrder')}{' '}
          <select
            value={filter.order ?? 'newest'}
            onChange={(event) => set('order')(event.currentTarget.value === 'oldest' ? 'oldest' : undefined)}
          >
            <option value="newest">{t('logOrderNewest')}</option>
            <option value="oldest">{t('logOrderOldest')}</option>
          </select>
        </label>{' '}
        <button type="button" onClick={() => onChange({})}>
          {t('logFilterClear')}
        </button>
      </p>
    </section>
  );
}
