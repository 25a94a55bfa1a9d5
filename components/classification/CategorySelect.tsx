import { t, uiLang } from '../../utils/i18n';
import { categories } from '../../utils/taxonomy/categories';
import { taxonomyText } from '../../utils/taxonomy/text';

interface Props {
  value: string | null;
  onChange: (categoryId: string | null) => void;
}

/** The offence category, chosen from the taxonomy; labels in the UI language. */
export function CategorySelect({ value, onChange }: Props) {
  const lang = uiLang();
  // A stored id that left the taxonomy stays selectable, so opening a report never changes it.
  const unknownStoredId = value !== null && !categories.some((c) => c.id === value) ? value : null;
  return (
    <div class="field">
      <label for="category">{t('categoryLabel')}</label>
      <select
        id="category"
        name="category"
        value={value ?? ''}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value || null)}
      >
        <option value="">{t('categoryNone')}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {taxonomyText(category.label, lang)}
          </option>
        ))}
        {unknownStoredId && <option value={unknownStoredId}>{unknownStoredId}</option>}
      </select>
    </div>
  );
}
