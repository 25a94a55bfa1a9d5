import { t } from '../../utils/i18n';
import type { Unreadable } from '../../utils/training/examples-store';

/** Stored records that failed validation: kept in storage and named here, never silently dropped. */
export function UnreadableList({ unreadable }: { unreadable: Unreadable[] }) {
  if (unreadable.length === 0) return null;
  return (
    <div class="error" role="alert">
      <p>{t('trainingUnreadable')}</p>
      <ul>
        {unreadable.map((u) => (
          <li key={u.id}>
            <code>{u.id}</code>: {u.error}
          </li>
        ))}
      </ul>
    </div>
  );
}
