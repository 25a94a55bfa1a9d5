import { t } from '../../utils/i18n';
import { itemsFromSession } from '../../utils/training/items';
import type { PracticeSet } from '../../utils/training/practice-set';
import { scoreSession } from '../../utils/training/score';
import type { PracticeSession } from '../../utils/training/session';
import { ConfusionTable } from './ConfusionTable';
import { ExportButtons } from './ExportButtons';
import { coefficient, percent } from './label-text';
import { ReferenceFeedback } from './ReferenceFeedback';

/** The end of a session: accuracy, kappa against the reference, the confusion matrix, the items missed. */
export function ScoreView({ session, set }: { session: PracticeSession; set: PracticeSet }) {
  const score = scoreSession(session, set);
  return (
    <section aria-labelledby="score-heading" class="score">
      <h2 id="score-heading">{t('trainingScoreHeading')}</h2>
      <dl class="figures">
        <dt>{t('trainingAccuracy')}</dt>
        <dd data-figure="accuracy">
          {percent(score.accuracy)} ({score.answered - score.missed.length} / {score.answered})
        </dd>
        <dt>{t('trainingKappa')}</dt>
        <dd data-figure="kappa">{coefficient(score.kappa)}</dd>
        <dt>{t('trainingLegalityAccuracy')}</dt>
        <dd data-figure="legality">{percent(score.legalityAccuracy)}</dd>
      </dl>
      <ConfusionTable matrix={score.confusion} caption={t('trainingConfusionCaption')} />
      <h3>{t('trainingMissed')}</h3>
      {score.missed.length === 0 && <p class="ok">{t('trainingNoneMissed')}</p>}
      <ol class="missed">
        {score.missed.map(({ item, answer }) => (
          <li key={item.id}>
            <blockquote lang={item.language}>{item.text}</blockquote>
            <ReferenceFeedback item={item} answer={answer} />
          </li>
        ))}
      </ol>
      <h3>{t('trainingExportAnswers')}</h3>
      <ExportButtons
        baseName={`constat-session-${session.startedAt.slice(0, 10)}`}
        items={(name) => itemsFromSession(session, set, name)}
      />
    </section>
  );
}
