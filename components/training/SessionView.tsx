import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import type { TrainingLabel } from '../../utils/training/label';
import type { PracticeSet } from '../../utils/training/practice-set';
import { getSession, saveSession } from '../../utils/training/practice-store';
import { nextItemId, type PracticeSession } from '../../utils/training/session';
import { setById } from '../../utils/training/sets';
import { useAsync } from '../common/use-async';
import { LabelForm } from './LabelForm';
import { ReferenceFeedback } from './ReferenceFeedback';
import { ScoreView } from './ScoreView';
import { SuggestionAfterAnswer } from './SuggestionAfterAnswer';

function withAnswer(session: PracticeSession, itemId: string, label: TrainingLabel): PracticeSession {
  const now = new Date().toISOString();
  const answered = { ...session, answers: [...session.answers, { itemId, label, answeredAt: now }] };
  return nextItemId(answered) === null ? { ...answered, finishedAt: now } : answered;
}

function Running({ initial, set }: { initial: PracticeSession; set: PracticeSet }) {
  const [session, setSession] = useState(initial);
  const [feedbackFor, setFeedbackFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shownId = feedbackFor ?? nextItemId(session);
  if (shownId === null) return <ScoreView session={session} set={set} />;
  const item = set.items.find((i) => i.id === shownId);
  if (!item) return <p class="error">{t('trainingNotFound')}</p>;
  const answer = session.answers.find((a) => a.itemId === shownId)?.label ?? null;
  const position = session.itemIds.indexOf(shownId) + 1;
  const submit = async (label: TrainingLabel) => {
    const next = withAnswer(session, item.id, label);
    try {
      // Stored before the feedback shows: a closed tab loses no answer.
      await saveSession(next);
      setSession(next);
      setFeedbackFor(item.id);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section aria-labelledby="item-heading" class="practice-item">
      <h2 id="item-heading">
        {t('trainingItem')} {position} / {session.itemIds.length}
      </h2>
      {item.madeUp && <p class="made-up">{t('trainingMadeUp')}</p>}
      <blockquote class="training-text" lang={item.language}>
        {item.text}
      </blockquote>
      {answer === null ? (
        <LabelForm key={item.id} submitLabel={t('trainingSubmitAnswer')} onSubmit={submit} />
      ) : (
        <>
          <ReferenceFeedback item={item} answer={answer} />
          <SuggestionAfterAnswer text={item.text} stored={null} answered />
          <p>
            <button type="button" onClick={() => setFeedbackFor(null)}>
              {t(nextItemId(session) === null ? 'trainingSeeScore' : 'trainingNext')}
            </button>
          </p>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** A practice session: items one at a time, feedback after each answer, the score at the end. */
export function SessionView({ id }: { id: string }) {
  const loaded = useAsync(async () => {
    const session = await getSession(id);
    const set = session ? await setById(session.setId) : null;
    return session && set ? { session, set } : null;
  }, [id]);
  if (loaded.loading) return <p>{t('loading')}</p>;
  if (loaded.error) return <p class="error">{loaded.error}</p>;
  if (!loaded.value) return <p class="error">{t('trainingNotFound')}</p>;
  return <Running key={id} initial={loaded.value.session} set={loaded.value.set} />;
}
