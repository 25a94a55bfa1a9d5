import { useState } from 'preact/hooks';
import { AnswerFileError, type PickedFile } from '../../utils/follow-up/answer-files';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import type { NoticeRecord } from '../../utils/notice/notice-record';
import {
  type NoticeStep,
  type NoticeStepKind,
  noticeDecisions,
  noticeStepKinds,
  noticeStepSchema,
  platformAnswer,
  referralTargets,
} from '../../utils/notice/notice-step';
import { formatDateTime } from '../common/labels';
import { fill } from '../log/fill';
import type { NoticeStore } from '../report/report-update';
import { AttachedFiles } from './AttachedFiles';
import { decisionKeys, referralKeys, stepKindKeys, stepLabel } from './step-labels';

interface Props {
  record: NoticeRecord;
  store: NoticeStore;
  now: () => Date;
}

function field(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement ? element.value : '';
}

/** The step the form describes, time-stamped now; zod rejects anything the form should not hold. */
async function stepFromForm(form: HTMLFormElement, at: Date): Promise<NoticeStep> {
  const answer = await platformAnswer(field(form, 'answer'));
  return noticeStepSchema.parse({
    kind: field(form, 'kind'),
    at: at.toISOString(),
    decision: field(form, 'decision') || undefined,
    to: field(form, 'to') || undefined,
    answer: answer ?? undefined,
  });
}

/** The files chosen in the form, read whole (each is at most 10 MB, checked before reading). */
async function pickedFiles(form: HTMLFormElement): Promise<PickedFile[]> {
  const input = form.elements.namedItem('files');
  const files = input instanceof HTMLInputElement ? [...(input.files ?? [])] : [];
  return Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

const fileProblemKeys = {
  type: 'stepFileType',
  size: 'stepFileSize',
  count: 'stepFileCount',
  empty: 'stepFileEmpty',
} as const;

function problemText(failure: unknown): string {
  if (failure instanceof AnswerFileError)
    return fill(t(fileProblemKeys[failure.problem]), { name: failure.fileName });
  return errorText(failure);
}

/** What followed a sent notice, oldest first, and a form to record the next step. */
export function NoticeSteps({ record, store, now }: Props) {
  const [kind, setKind] = useState<NoticeStepKind>('acknowledged');
  const [error, setError] = useState<string | null>(null);
  const id = (name: string) => `step-${name}-${record.id}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    try {
      const step = await stepFromForm(form, now());
      await store.addNoticeStep(record.id, step, await pickedFiles(form));
      form.reset();
      setKind('acknowledged');
      setError(null);
    } catch (failure) {
      setError(problemText(failure));
    }
  };
  return (
    <section class="notice-steps">
      <h4>{t('stepHeading')}</h4>
      <ol>
        {(record.steps ?? []).map((step) => (
          <li key={step.at} data-step={step.kind}>
            {formatDateTime(step.at)} · {stepLabel(step)}
            {'answer' in step && step.answer && (
              <details>
                <summary>{t('stepAnswerShown')}</summary>
                <pre class="notice-text">{step.answer.text}</pre>
                <p class="muted">
                  {t('stepAnswerHash')} <code>{step.answer.sha256}</code>
                </p>
              </details>
            )}
            {'files' in step && step.files && <AttachedFiles files={step.files} />}
          </li>
        ))}
      </ol>
      <form class="notice-step-form" onSubmit={submit}>
        <label for={id('kind')}>{t('stepKind')}</label>
        <select
          id={id('kind')}
          name="kind"
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as NoticeStepKind)}
        >
          {noticeStepKinds.map((k) => (
            <option value={k}>{t(stepKindKeys[k])}</option>
          ))}
        </select>
        {kind === 'decision' && (
          <>
            <label for={id('decision')}>{t('stepDecisionLabel')}</label>
            <select id={id('decision')} name="decision">
              {noticeDecisions.map((d) => (
                <option value={d}>{t(decisionKeys[d])}</option>
              ))}
            </select>
          </>
        )}
        {kind === 'referred' && (
          <>
            <label for={id('to')}>{t('stepReferredLabel')}</label>
            <select id={id('to')} name="to">
              {referralTargets.map((r) => (
                <option value={r}>{t(referralKeys[r])}</option>
              ))}
            </select>
          </>
        )}
        {kind !== 'no-answer' && (
          <>
            <label for={id('answer')}>{t('stepAnswer')}</label>
            <textarea id={id('answer')} name="answer" rows={4} />
            <label for={id('files')}>{t('stepFiles')}</label>
            <input
              id={id('files')}
              name="files"
              type="file"
              multiple
              accept=".png,.jpg,.jpeg,.webp,.pdf,.eml,.txt,image/png,image/jpeg,image/webp,application/pdf,message/rfc822,text/plain"
            />
          </>
        )}
        <button type="submit">{t('stepRecord')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
