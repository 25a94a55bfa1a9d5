import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { RecheckButton } from '../follow-up/RecheckButton';
import { DeleteDialog } from './DeleteDialog';
import { ExportPanel } from './ExportPanel';
import { fill } from './fill';
import { ImportPanel } from './ImportPanel';

interface Props {
  selected: readonly string[];
  /** How many reports the list shows (their ids are read when all are selected). */
  shown: number;
  onSelectAll: (on: boolean) => void;
  /** Called after a deletion or an import changed the log. */
  onChanged: () => void;
}

/** Selection, exports and deletion for the log list. */
export function LogToolbar({ selected, shown, onSelectAll, onChanged }: Props) {
  // undefined: no dialog; null: the whole log; a list: those reports.
  const [deleting, setDeleting] = useState<readonly string[] | null | undefined>(undefined);
  const allSelected = shown > 0 && selected.length === shown;
  return (
    <section class="log-toolbar" aria-label={t('exportHeading')}>
      <p class="log-toolbar__selection">
        <label>
          <input
            type="checkbox"
            checked={allSelected}
            disabled={shown === 0}
            onChange={(event) => onSelectAll(event.currentTarget.checked)}
          />{' '}
          {t('selectAll')}
        </label>{' '}
        <span>{fill(t('selectionCount'), { n: selected.length })}</span>
      </p>
      <ExportPanel selected={selected} />
      <RecheckButton reportIds={selected} label={t('recheckSelected')} />
      <ImportPanel onImported={onChanged} />
      <p class="log-toolbar__delete">
        <button type="button" disabled={selected.length === 0} onClick={() => setDeleting(selected)}>
          {t('deleteSelected')}
        </button>{' '}
        <button type="button" disabled={shown === 0} onClick={() => setDeleting(null)}>
          {t('deleteAll')}
        </button>
      </p>
      {deleting !== undefined && (
        <DeleteDialog
          ids={deleting}
          onCancel={() => setDeleting(undefined)}
          onDone={() => {
            setDeleting(undefined);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
