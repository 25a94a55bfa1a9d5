import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import type { Report } from '../../utils/model';
import { cleanTarget } from '../../utils/target/attack-target';
import type { ReportUpdate } from '../report/report-update';
import { AttackTargetField } from './AttackTargetField';
import { useTargetNames } from './use-target-names';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

interface Props {
  report: Report;
  /** Changes the stored report (the page's data hook), which shows the saved one. */
  update: ReportUpdate;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

/** Names (or corrects) the person or group attacked from the log; each change is an event of the history. */
export function AttackTargetEditor({ report, update, now = () => new Date() }: Props) {
  const [value, setValue] = useState(report.attackTarget);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const suggestions = useTargetNames();
  const submit = async (event: Event) => {
    event.preventDefault();
    setSave({ kind: 'saving' });
    try {
      const saved = await update((stored) => {
        const attackTarget = cleanTarget(value);
        if (attackTarget === stored.attackTarget) return stored;
        return { ...stored, attackTarget, updatedAt: now().toISOString() };
      });
      setValue(saved.attackTarget);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', message: errorText(error) });
    }
  };
  return (
    <form class="attack-target-editor" onSubmit={(event) => void submit(event)}>
      <AttackTargetField
        value={value}
        suggestions={suggestions}
        onInput={(next) => {
          setValue(next);
          setSave({ kind: 'idle' });
        }}
      />
      <button type="submit" disabled={save.kind === 'saving' || cleanTarget(value) === report.attackTarget}>
        {t('attackTargetSave')}
      </button>{' '}
      <span role="status">{save.kind === 'saved' && t('attackTargetSaved')}</span>
      {save.kind === 'failed' && (
        <p class="error" role="alert">
          {t('attackTargetSaveFailed')} {save.message}
        </p>
      )}
    </form>
  );
}
