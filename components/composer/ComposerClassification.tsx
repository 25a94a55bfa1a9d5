import { t } from '../../utils/i18n';
import { categoryById } from '../../utils/taxonomy/categories';
import type { GroundId } from '../../utils/taxonomy/grounds';
import { CategorySelect } from '../classification/CategorySelect';
import { GroundsPicker } from '../classification/GroundsPicker';
import { SuggestionPanel } from '../classification/SuggestionPanel';
import type { SuggestionResult } from '../classification/use-suggestion';
import { optionsUrl } from '../common/extension-urls';
import type { SettingsState } from '../common/use-settings';
import { CategoryDetails } from './CategoryDetails';

interface Props {
  text: string;
  suggestion: SuggestionResult;
  categoryId: string | null;
  grounds: readonly GroundId[];
  settings: SettingsState;
  onCategoryChange: (categoryId: string | null) => void;
  onGroundsChange: (update: (previous: readonly GroundId[]) => GroundId[]) => void;
}

/** The composer's offence part: the assistant's suggestion and its reasons, then the person's own choice. */
export function ComposerClassification({
  text,
  suggestion,
  categoryId,
  grounds,
  settings,
  onCategoryChange,
  onGroundsChange,
}: Props) {
  const chosen = categoryById(categoryId);
  const suggested = categoryById(suggestion.suggestion?.categoryId ?? null);
  // Nothing is chosen for the person: the button only fills the pickers, and Save stays theirs.
  const applySuggestion = () => {
    if (!suggestion.suggestion?.categoryId) return;
    onCategoryChange(suggestion.suggestion.categoryId);
    const suggestedGrounds = [...suggestion.suggestion.grounds];
    onGroundsChange(() => suggestedGrounds);
  };
  // Before a choice, the suggested category's details help decide; after, the chosen one's.
  const shown = chosen ?? suggested;
  return (
    <>
      {settings.kind === 'failed' && (
        <p class="error">
          {t('settingsUnreadableInComposer')}{' '}
          <a href={optionsUrl()} target="_blank" rel="noopener">
            {t('openOptions')}
          </a>
        </p>
      )}
      <SuggestionPanel
        suggestion={suggestion.suggestion}
        text={text}
        error={suggestion.error}
        onUse={applySuggestion}
        model={suggestion.model}
      />
      <section class="classification" aria-labelledby="classification-heading">
        <h2 id="classification-heading">{t('classificationHeading')}</h2>
        <p class="field-hint">{t('classificationIntro')}</p>
        <CategorySelect value={categoryId} onChange={onCategoryChange} />
        <GroundsPicker value={grounds} category={chosen} onChange={onGroundsChange} />
        {shown && (
          <CategoryDetails
            category={shown}
            grounds={chosen ? grounds : (suggestion.suggestion?.grounds ?? [])}
            suggested={!chosen}
            settings={settings}
          />
        )}
      </section>
    </>
  );
}
