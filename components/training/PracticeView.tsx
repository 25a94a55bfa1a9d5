import { t, uiLang } from '../../utils/i18n';
import { formatShortDateTime } from '../../utils/i18n/dates';
import type { PracticeSet } from '../../utils/training/practice-set';
import { listSessions, saveSession } from '../../utils/training/practice-store';
import { allSets, newSession } from '../../utils/training/sets';
import { useAsync } from '../common/use-async';
import { ProgressChart } from './ProgressChart';
import { UnreadableList } from './UnreadableList';

async function start(set: PracticeSet) {
  const session = newSession(set);
  await saveSession(session);
  window.location.hash = `session/${session.id}`;
}

/** The sets to practise on, the sessions so far, and progress across them. */
export function PracticeView() {
  const lang = uiLang();
  const data = useAsync(async () => ({ ...(await allSets()), sessions: await listSessions() }), []);
  if (data.loading && !data.value) return <p>{t('loading')}</p>;
  if (data.error || !data.value) return <p class="error">{data.error}</p>;
  const { sets, sessions, unreadable } = data.value;
  return (
    <>
      <section aria-labelledby="sets-heading">
        <h2 id="sets-heading">{t('trainingSetsHeading')}</h2>
        <ul class="training-list">
          {sets.map((set) => (
            <li key={set.id}>
              <strong>{set.title}</strong>{' '}
              <span class="muted">
                ({set.items.length} {t('trainingItems')})
              </span>{' '}
              <button type="button" onClick={() => void start(set)}>
                {t('trainingStart')}
              </button>
              <br />
              <span class="field-hint">{set.description}</span>
            </li>
          ))}
        </ul>
        <UnreadableList unreadable={[...unreadable, ...sessions.unreadable]} />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('trainingSessionsHeading')}</h2>
        {sessions.items.length === 0 && <p class="muted">{t('trainingNoSessions')}</p>}
        <ul class="training-list">
          {[...sessions.items].reverse().map((s) => (
            <li key={s.id}>
              <a href={`#session/${s.id}`}>
                {s.setTitle} · {formatShortDateTime(s.startedAt, lang)}
              </a>{' '}
              <span class="muted">
                {s.finishedAt ? t('trainingFinished') : `${s.answers.length} / ${s.itemIds.length}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <ProgressChart sessions={sessions.items} sets={sets} />
    </>
  );
}
