import { useState } from 'preact/hooks';
import { t, uiLang } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { categoryById } from '../../utils/taxonomy/categories';
import type { CategoryId } from '../../utils/taxonomy/category-ids';
import { taxonomyText } from '../../utils/taxonomy/text';
import {
  acceptableReasons,
  confidences,
  emptyLabel,
  type Legality,
  legalities,
  severities,
  type TrainingLabel,
  trainingLabelSchema,
} from '../../utils/training/label';
import { CategorySelect } from '../classification/CategorySelect';
import { GroundsPicker } from '../classification/GroundsPicker';
import { confidenceKeys, legalityKeys, reasonKeys, severityKeys } from './label-text';

interface Props {
  initial?: TrainingLabel | null;
  submitLabel: string;
  /** Called with a label whose layers agree; the form stays as it is. */
  onSubmit: (label: TrainingLabel) => void | Promise<void>;
  disabled?: boolean;
}

/** The category that goes with a legality, keeping the person's choice where it still fits. */
function categoryFor(legality: Legality, current: CategoryId | null): CategoryId | null {
  if (legality === 'acceptable') return null;
  if (legality === 'platform-rules') return 'platform-rules';
  return current === 'platform-rules' ? null : current;
}

function legalityFor(categoryId: CategoryId | null): Legality {
  if (categoryId === null) return 'acceptable';
  return categoryId === 'platform-rules' ? 'platform-rules' : 'illegal';
}

/** Every layer of a label: the same form for tagging an example and for answering in practice. */
export function LabelForm({ initial, submitLabel, onSubmit, disabled }: Props) {
  const lang = uiLang();
  const [label, setLabel] = useState<TrainingLabel>(initial ?? emptyLabel);
  const [error, setError] = useState<string | null>(null);
  const category = categoryById(label.categoryId);
  const set = (patch: Partial<TrainingLabel>) => setLabel((previous) => ({ ...previous, ...patch }));

  const submit = (event: Event) => {
    event.preventDefault();
    if (label.severity === null) return setError(t('trainingSeverityMissing'));
    if (label.legality === 'illegal' && label.categoryId === null)
      return setError(t('trainingCategoryMissing'));
    const parsed = trainingLabelSchema.safeParse(label);
    if (!parsed.success) return setError(errorText(parsed.error));
    setError(null);
    void onSubmit(parsed.data);
  };

  return (
    <form class="label-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('trainingLegality')}</legend>
        {legalities.map((legality) => (
          <div class="check" key={legality}>
            <input
              type="radio"
              id={`legality-${legality}`}
              name="legality"
              value={legality}
              checked={label.legality === legality}
              onChange={() =>
                set({
                  legality,
                  categoryId: categoryFor(legality, label.categoryId),
                  acceptableReason: legality === 'acceptable' ? label.acceptableReason : null,
                })
              }
            />
            <label for={`legality-${legality}`}>{t(legalityKeys[legality])}</label>
          </div>
        ))}
      </fieldset>
      <CategorySelect
        value={label.categoryId}
        onChange={(id) => {
          const categoryId = (id as CategoryId | null) ?? null;
          const legality = legalityFor(categoryId);
          set({
            categoryId,
            legality,
            acceptableReason: legality === 'acceptable' ? label.acceptableReason : null,
          });
        }}
      />
      {label.categoryId && (
        <p class="field-hint">
          <a href={`#guidelines/${label.categoryId}`} target="_blank" rel="noopener">
            {t('trainingGuidelineLink')}: {category && taxonomyText(category.label, lang)}
          </a>
        </p>
      )}
      <GroundsPicker
        value={label.grounds}
        category={category}
        onChange={(update) => setLabel((previous) => ({ ...previous, grounds: update(previous.grounds) }))}
      />
      {label.legality === 'acceptable' && (
        <div class="field">
          <label for="acceptable-reason">{t('trainingReason')}</label>
          <select
            id="acceptable-reason"
            value={label.acceptableReason ?? ''}
            onChange={(event) =>
              set({
                acceptableReason:
                  ((event.currentTarget as HTMLSelectElement).value as TrainingLabel['acceptableReason']) ||
                  null,
              })
            }
          >
            <option value="">{t('trainingReasonUnset')}</option>
            {acceptableReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(reasonKeys[reason])}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset>
        <legend>{t('trainingSeverity')}</legend>
        {severities.map((severity) => (
          <div class="check" key={severity}>
            <input
              type="radio"
              id={`severity-${severity}`}
              name="severity"
              checked={label.severity === severity}
              onChange={() => set({ severity })}
            />
            <label for={`severity-${severity}`}>{t(severityKeys[severity])}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('trainingConfidence')}</legend>
        {confidences.map((confidence) => (
          <div class="check" key={confidence}>
            <input
              type="radio"
              id={`confidence-${confidence}`}
              name="confidence"
              checked={label.confidence === confidence}
              onChange={() => set({ confidence })}
            />
            <label for={`confidence-${confidence}`}>{t(confidenceKeys[confidence])}</label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="training-note">{t('trainingNote')}</label>
        <textarea
          id="training-note"
          rows={3}
          maxLength={4000}
          value={label.note}
          onInput={(event) => set({ note: (event.currentTarget as HTMLTextAreaElement).value })}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={disabled}>
        {submitLabel}
      </button>
    </form>
  );
}
