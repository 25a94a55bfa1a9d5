import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { useHashRoute } from '../common/use-hash-route';
import { AgreementView } from './AgreementView';
import { ExamplesView } from './ExamplesView';
import { FilesView } from './FilesView';
import { GuidelinesView } from './GuidelinesView';
import { PracticeView } from './PracticeView';
import { SessionView } from './SessionView';
import { TagView } from './TagView';

const sections = [
  ['examples', 'trainingNavExamples'],
  ['practice', 'trainingNavPractice'],
  ['agreement', 'trainingNavAgreement'],
  ['guidelines', 'trainingNavGuidelines'],
  ['files', 'trainingNavFiles'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** The route after `#`: a section, or a section and an id (`tag/<id>`, `session/<id>`, `guidelines/<category>`). */
function View({ route }: { route: string }) {
  const [section = '', ...rest] = route.split('/');
  const id = rest.join('/') || null;
  if (section === 'tag' && id) return <TagView id={id} />;
  if (section === 'session' && id) return <SessionView id={id} />;
  if (section === 'guidelines') return <GuidelinesView categoryId={id} />;
  if (section === 'practice') return <PracticeView />;
  if (section === 'agreement') return <AgreementView />;
  if (section === 'files') return <FilesView />;
  return <ExamplesView />;
}

/** Training mode: tag examples, practise on reference sets, measure agreement, move files. */
export function TrainingPage() {
  const route = useHashRoute() ?? 'examples';
  const current = route.split('/')[0];
  return (
    <main class="page training">
      <h1>{t('trainingTitle')}</h1>
      <p class="field-hint">{t('trainingIntro')}</p>
      <nav aria-label={t('trainingTitle')}>
        <ul class="training-nav">
          {sections.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={current === id ? 'page' : undefined}>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <View route={route} />
    </main>
  );
}
