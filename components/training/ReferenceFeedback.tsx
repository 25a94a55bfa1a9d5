import { t, uiLang } from '../../utils/i18n';
import { categoryValue, type TrainingLabel } from '../../utils/training/label';
import type { PracticeItem } from '../../utils/training/practice-set';
import { hardCaseKeys, labelLines } from './label-text';

/** What the reference says of an item, why, and where the guideline is. */
export function ReferenceFeedback({ item, answer }: { item: PracticeItem; answer: TrainingLabel }) {
  const lang = uiLang();
  const right = categoryValue(item.reference) === categoryValue(answer);
  const guideline = item.reference.categoryId ?? item.contrastsWith ?? answer.categoryId;
  return (
    <div class={right ? 'feedback feedback-right' : 'feedback feedback-wrong'} role="status">
      <p>
        <strong class={right ? 'ok' : 'error'}>{t(right ? 'trainingRight' : 'trainingWrong')}</strong>
        {item.hardCase && (
          <span class="muted">
            {' '}
            · {t('trainingHardCase')}: {t(hardCaseKeys[item.hardCase])}
          </span>
        )}
      </p>
      <div class="side-by-side">
        <div>
          <h4>{t('trainingReference')}</h4>
          <ul>
            {labelLines(item.reference, lang).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t('trainingYourAnswer')}</h4>
          <ul>
            {labelLines(answer, lang).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      </div>
      <h4>{t('trainingExplanation')}</h4>
      <p lang={item.language}>{item.explanation}</p>
      {guideline && (
        <p>
          <a href={`#guidelines/${guideline}`} target="_blank" rel="noopener">
            {t('trainingGuidelineLink')}
          </a>
        </p>
      )}
    </div>
  );
}
