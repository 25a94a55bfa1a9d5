import { t, uiLang } from '../../utils/i18n';
import type { Category } from '../../utils/taxonomy/category-schema';
import { type GroundId, groundIds, grounds } from '../../utils/taxonomy/grounds';
import { taxonomyText } from '../../utils/taxonomy/text';

const roleHintKeys = {
  element: 'groundsHintElement',
  aggravation: 'groundsHintAggravation',
  context: 'groundsHintContext',
  none: 'groundsHintNone',
} as const satisfies Record<Category['groundsRole'], Parameters<typeof t>[0]>;

interface Props {
  value: readonly GroundId[];
  /** The category chosen, which says how grounds bear on the offence; null before a choice. */
  category: Category | null;
  /** Given an update of the previous list, so quick successive clicks all count. */
  onChange: (update: (previous: readonly GroundId[]) => GroundId[]) => void;
}

/** The list with one ground ticked or unticked, in the taxonomy's order so a choice is always stored alike. */
export function withGround(list: readonly GroundId[], id: GroundId, checked: boolean): GroundId[] {
  return groundIds.filter((g) => (g === id ? checked : list.includes(g)));
}

/** The protected grounds, a field apart from the offence: notices and statistics need both. */
export function GroundsPicker({ value, category, onChange }: Props) {
  const lang = uiLang();
  return (
    <fieldset class="grounds" aria-describedby="grounds-hint">
      <legend>{t('groundsLegend')}</legend>
      <p id="grounds-hint" class="field-hint">
        {t(category ? roleHintKeys[category.groundsRole] : 'groundsHintNoCategory')}
      </p>
      <div class="checks">
        {grounds.map((ground) => (
          <div class="check" key={ground.id}>
            <input
              type="checkbox"
              id={`ground-${ground.id}`}
              name="grounds"
              value={ground.id}
              checked={value.includes(ground.id)}
              onChange={(event) => {
                const checked = (event.currentTarget as HTMLInputElement).checked;
                onChange((previous) => withGround(previous, ground.id, checked));
              }}
            />
            <label for={`ground-${ground.id}`}>{taxonomyText(ground.label, lang)}</label>
          </div>
        ))}
      </div>
      <details class="grounds-definitions">
        <summary>{t('groundsDefinitions')}</summary>
        <dl>
          {grounds.map((ground) => (
            <div key={ground.id}>
              <dt>{taxonomyText(ground.label, lang)}</dt>
              <dd>{taxonomyText(ground.definition, lang)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </fieldset>
  );
}
