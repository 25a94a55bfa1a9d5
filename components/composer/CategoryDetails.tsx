import { t, uiLang } from '../../utils/i18n';
import { type Category, notCoveredMarker } from '../../utils/taxonomy/category-schema';
import type { GroundId } from '../../utils/taxonomy/grounds';
import { keysOf, taxonomyText } from '../../utils/taxonomy/text';
import type { SettingsState } from '../common/use-settings';
import { LegalBasis } from '../report/LegalBasis';
import { DsaClassification } from './DsaClassification';
import { FollowUpReminder } from './FollowUpReminder';

interface Props {
  category: Category;
  grounds: readonly GroundId[];
  /** Whether this is the assistant's suggestion rather than the person's choice (shown before any choice). */
  suggested: boolean;
  settings: SettingsState;
}

/** Splits the definition where it starts saying what is not covered, so that part stands out. */
function splitDefinition(definition: string, marker: string): [string, string | null] {
  const at = definition.indexOf(marker);
  return at < 0 ? [definition, null] : [definition.slice(0, at).trim(), definition.slice(at + marker.length)];
}

/** What the category means, what a notice would cite, how the DSA files it and when to follow up. */
export function CategoryDetails({ category, grounds, suggested, settings }: Props) {
  const lang = uiLang();
  const marker = t(notCoveredMarker, lang);
  const [covered, notCovered] = splitDefinition(taxonomyText(category.definition, lang), marker);
  return (
    <section class="category-details" aria-labelledby="category-details-heading" data-category={category.id}>
      <h3 id="category-details-heading">
        <span class="muted">{t(suggested ? 'detailsSuggested' : 'detailsChosen')}</span>{' '}
        {taxonomyText(category.label, lang)}
      </h3>
      <h4>{t('definitionHeading')}</h4>
      <p class="definition">{covered}</p>
      {notCovered !== null && (
        <p class="not-covered">
          <strong>{marker}</strong>
          {notCovered}
        </p>
      )}
      {category.notes.length > 0 && (
        <ul class="category-notes">
          {category.notes.map((note) => (
            <li key={keysOf(note).join()}>{taxonomyText(note, lang)}</li>
          ))}
        </ul>
      )}
      <h4>{t('legalBasisHeading')}</h4>
      <LegalBasis category={category} grounds={grounds} />
      <h4>{t('dsaHeading')}</h4>
      <DsaClassification dsa={category.dsa} />
      <h4>{t('followUpHeading')}</h4>
      <FollowUpReminder category={category} settings={settings} />
    </section>
  );
}
