import { t, uiLang } from '../../utils/i18n';
import { categories } from '../../utils/taxonomy/categories';
import { taxonomyText } from '../../utils/taxonomy/text';
import { guidelineFor, isCategoryId } from '../../utils/training/guidelines';
import type { PracticeItem } from '../../utils/training/practice-set';

function Examples({ items, heading }: { items: PracticeItem[]; heading: string }) {
  return (
    <>
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <p class="muted">{t('trainingNoExample')}</p>
      ) : (
        <ul class="guideline-examples">
          {items.map((item) => (
            <li key={item.id}>
              <span class="made-up">{t('trainingMadeUpMark')}</span> <q lang={item.language}>{item.text}</q>
              <br />
              <span class="field-hint" lang={item.language}>
                {item.explanation}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function GuidelineIndex() {
  const lang = uiLang();
  return (
    <section aria-labelledby="guidelines-heading">
      <h2 id="guidelines-heading">{t('trainingGuidelinesHeading')}</h2>
      <p>{t('trainingGuidelinesIntro')}</p>
      <ul>
        {categories.map((c) => (
          <li key={c.id}>
            <a href={`#guidelines/${c.id}`}>{taxonomyText(c.label, lang)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The guideline of one category, or the list of them. */
export function GuidelinesView({ categoryId }: { categoryId: string | null }) {
  const lang = uiLang();
  if (categoryId === null) return <GuidelineIndex />;
  const guideline = isCategoryId(categoryId) ? guidelineFor(categoryId, lang) : null;
  if (!guideline) return <p class="error">{t('trainingNotFound')}</p>;
  const { category } = guideline;
  return (
    <article aria-labelledby="guideline-heading" class="guideline">
      <p>
        <a href="#guidelines">{t('trainingBackToGuidelines')}</a>
      </p>
      <h2 id="guideline-heading">{taxonomyText(category.label, lang)}</h2>
      <h3>{t('trainingCovered')}</h3>
      <p>{guideline.covered}</p>
      <h3>{t('trainingNotCovered')}</h3>
      <p>{guideline.notCovered}</p>
      <h3>{t('trainingLegalBasis')}</h3>
      {guideline.provisions.length === 0 ? (
        <p class="muted">{t(category.illegal ? 'trainingLegalBasisNamed' : 'trainingLegalBasisNone')}</p>
      ) : (
        <ul>
          {guideline.provisions.map((p) => (
            <li key={p.id}>
              <strong>{p.citation}</strong>: {taxonomyText(p.summary, lang)}
            </li>
          ))}
        </ul>
      )}
      <Examples items={guideline.inside} heading={t('trainingInside')} />
      <Examples items={guideline.outside} heading={t('trainingOutside')} />
    </article>
  );
}
