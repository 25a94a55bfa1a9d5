import { useState } from 'preact/hooks';
import { t, uiLang } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import type { TrainingEvidence, TrainingExample } from '../../utils/training/example';
import { exampleEvidence, getExample, saveLabel } from '../../utils/training/examples-store';
import type { TrainingLabel } from '../../utils/training/label';
import { useAsync } from '../common/use-async';
import { useObjectUrl } from '../common/use-object-url';
import { LabelForm } from './LabelForm';
import { labelLines } from './label-text';
import { SuggestionAfterAnswer } from './SuggestionAfterAnswer';

function CapturedPicture({ file }: { file: TrainingEvidence }) {
  const url = useObjectUrl(file.bytes, file.mime);
  return url ? <img class="training-picture" src={url} alt={t('trainingPictureAlt')} /> : null;
}

function ExampleFacts({ example, files }: { example: TrainingExample; files: TrainingEvidence[] }) {
  const picture = files.find((f) => f.kind === 'post-crop') ?? files.find((f) => f.kind === 'screenshot');
  return (
    <section aria-labelledby="example-heading">
      <h2 id="example-heading">{t('trainingExampleHeading')}</h2>
      <p class="field-hint">{t('trainingNotReported')}</p>
      {example.text ? (
        <blockquote class="training-text" lang={example.language ?? undefined}>
          {example.text}
        </blockquote>
      ) : (
        <p class="muted">{t('trainingNoText')}</p>
      )}
      {picture && <CapturedPicture file={picture} />}
      {example.pageUrl && (
        <p class="break">
          {t('trainingCapturedFrom')} <code>{example.permalink ?? example.pageUrl}</code>
        </p>
      )}
      {example.warnings.length > 0 && (
        <ul class="muted">
          {example.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('trainingEvidence')}</summary>
        <ul class="hash">
          {[...example.evidence, ...example.importedEvidence].map((e) => (
            <li key={e.sha256}>
              {e.kind}: {e.sha256}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Tagging one training example: every layer first, then the assistant's view. */
export function TagView({ id }: { id: string }) {
  const loaded = useAsync(async () => {
    const example = await getExample(id);
    return example ? { example, files: await exampleEvidence(id) } : null;
  }, [id]);
  const [saved, setSaved] = useState<TrainingLabel | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (loaded.loading) return <p>{t('loading')}</p>;
  if (loaded.error) return <p class="error">{loaded.error}</p>;
  if (!loaded.value) return <p class="error">{t('trainingNotFound')}</p>;
  const { example, files } = loaded.value;
  const answer = saved ?? example.label;
  const submit = async (label: TrainingLabel) => {
    try {
      await saveLabel(example.id, label);
      setSaved(label);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div class="training-tag">
      <ExampleFacts example={example} files={files} />
      <section aria-labelledby="tag-heading">
        <h2 id="tag-heading">{t('trainingTagHeading')}</h2>
        <LabelForm initial={example.label} submitLabel={t('trainingSaveAnswer')} onSubmit={submit} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {answer && (
          <div class="ok" role="status">
            <p>{t('trainingAnswerSaved')}</p>
            <ul>
              {labelLines(answer, uiLang()).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <SuggestionAfterAnswer text={example.text} stored={example.suggestion} answered={answer !== null} />
    </div>
  );
}
