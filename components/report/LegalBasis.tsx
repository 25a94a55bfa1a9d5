import { t, uiLang } from '../../utils/i18n';
import { legalBasisFor } from '../../utils/taxonomy';
import type { Category } from '../../utils/taxonomy/category-schema';
import type { GroundId } from '../../utils/taxonomy/grounds';
import { taxonomyText } from '../../utils/taxonomy/text';

interface Props {
  category: Category;
  grounds: readonly GroundId[];
}

/** The provisions a notice would cite for this category and these grounds, each with what it says. */
export function LegalBasis({ category, grounds }: Props) {
  const lang = uiLang();
  const provisions = legalBasisFor(category, grounds);
  if (provisions.length === 0) {
    return <p class="legal-basis">{t(category.illegal ? 'legalBasisNamedByYou' : 'legalBasisNotIllegal')}</p>;
  }
  return (
    <div class="legal-basis">
      {category.groundsRole === 'element' && grounds.length === 0 && (
        <p class="field-hint">{t('legalBasisChooseGrounds')}</p>
      )}
      <ul class="provisions">
        {provisions.map((provision) => (
          <li key={provision.id} data-provision={provision.id}>
            <strong class="citation">{provision.citation}</strong>
            <span class="provision-summary">{taxonomyText(provision.summary, lang)}</span>
            {provision.maxPenalty && (
              <span class="provision-penalty">
                {t('legalBasisMaxPenalty')} {taxonomyText(provision.maxPenalty, lang)}
              </span>
            )}
            {/* Said out loud: a citation written from memory must be checked before it goes into a notice. */}
            {provision.textSource === null && <span class="muted">{t('legalBasisUnverified')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
