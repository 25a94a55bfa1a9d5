import { t } from '../../utils/i18n';
import type { Report } from '../../utils/model';
import { categoryById } from '../../utils/taxonomy/categories';
import { HighlightedText } from '../classification/HighlightedText';
import { MatchList } from '../classification/MatchList';
import { ModelExplanation } from '../classification/ModelExplanation';
import { SuggestionFacts } from '../classification/SuggestionFacts';
import { categoryLabel, groundsLabel } from '../common/labels';
import { LegalBasis } from '../report/LegalBasis';
import { currentValue } from '../report/report-fields';

interface Props {
  report: Report;
}

/** The log's view of the offence: the person's choice beside the assistant's suggestion, and the legal basis. */
export function ClassificationSummary({ report }: Props) {
  const chosen = categoryById(report.categoryId);
  const { suggestion } = report;
  // The suggestion was computed on the text as saved, so its offsets apply to the current value.
  const text = currentValue(report, report.edits, 'text');
  const agreement =
    suggestion?.categoryId && report.categoryId
      ? suggestion.categoryId === report.categoryId
        ? 'summaryFollowsSuggestion'
        : 'summaryDiffersFromSuggestion'
      : null;
  return (
    <section class="classification-summary" aria-labelledby="classification-summary-heading">
      <h2 id="classification-summary-heading">{t('summaryHeading')}</h2>
      <div class="compare">
        <div class="compare__choice">
          <h3>{t('summaryChoice')}</h3>
          <dl class="facts">
            <dt>{t('categoryLabel')}</dt>
            <dd class="chosen-category">{categoryLabel(report.categoryId)}</dd>
            <dt>{t('groundsLegend')}</dt>
            <dd class="chosen-grounds">{groundsLabel(report.grounds)}</dd>
          </dl>
        </div>
        <div class="compare__suggestion">
          <h3>{t('suggestionHeading')}</h3>
          {suggestion ? (
            <SuggestionFacts suggestion={suggestion}>
              <dt>{t('suggestionLexicon')}</dt>
              <dd>
                <code>{suggestion.lexiconVersion}</code>
              </dd>
            </SuggestionFacts>
          ) : (
            <p class="muted">{t('summaryNoSuggestion')}</p>
          )}
        </div>
      </div>
      {agreement && <p class="agreement">{t(agreement)}</p>}
      <h3>{t('legalBasisHeading')}</h3>
      {chosen ? (
        <LegalBasis category={chosen} grounds={report.grounds} />
      ) : (
        <p class="muted">{t('summaryNoLegalBasis')}</p>
      )}
      {suggestion && suggestion.matches.length > 0 && (
        <details class="suggestion-why">
          <summary>{t('suggestionWhy')}</summary>
          <HighlightedText text={text} matches={suggestion.matches} />
          <MatchList matches={suggestion.matches} />
        </details>
      )}
      {suggestion?.explanation && <ModelExplanation explanation={suggestion.explanation} text={text} />}
    </section>
  );
}
