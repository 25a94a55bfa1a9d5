import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { RecheckButton } from '../follow-up/RecheckButton';
import { DeleteDialog } from './DeleteDialog';
import type { DeletionStore } from './deletion-store';
import { ExportPanel } from './ExportPanel';
import { fill } from './fill';
import { ImportPanel } from './ImportPanel';
import { useLogStore } from './use-log-store';

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
  const store = useLogStore();
  const [deleting, setDeleting] = useState<DeletionStore | null>(null);
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
      <ExportPanel selected={selected} store={store} />
      <RecheckButton reportIds={selected} label={t('recheckSelected')} />
      <ImportPanel store={store} onImported={onChanged} />
      <p class="log-toolbar__delete">
        <button
          type="button"
          disabled={selected.length === 0}
          onClick={() => setDeleting(store.deletion(selected))}
        >
          {t('deleteSelected')}
        </button>{' '}
        <button type="button" disabled={shown === 0} onClick={() => setDeleting(store.deletion(null))}>
          {t('deleteAll')}
        </button>
      </p>
      {deleting && (
        <DeleteDialog
          deletion={deleting}
          onCancel={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
