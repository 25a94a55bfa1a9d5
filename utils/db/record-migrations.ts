import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { fill } from '../i18n/fill';
import { SCHEMA_VERSION } from '../model';

// Stored reports are migrated one schema version at a time, as raw objects, before they are parsed
// with the current schema. Each step has a saved example of its old data in test/unit/db/examples/.

type RawRecord = Record<string, unknown>;

const steps: Record<number, (record: RawRecord) => RawRecord> = {
  // 1 → 2: the offence's protected grounds and the classification assistant's suggestion.
  1: (record) => ({
    ...record,
    schemaVersion: 2,
    grounds: [],
    suggestion: null,
    meta: { cropParts: null, ...(record.meta as RawRecord) },
  }),
  // 2 → 3: notices composed for reporting channels, and their steps in the status history.
  2: (record) => ({ ...record, schemaVersion: 3, notices: [] }),
  // 3 → 4: whether the content is public (unknown for old reports), and on each notice whether its
  // address was the post's or only the page's (the page's when the notice used the page address
  // and no post address had been read).
  3: (record) => {
    const pageUrl = (record.meta as RawRecord | undefined)?.pageUrl;
    const permalink = (record.extracted as RawRecord | null | undefined)?.permalink;
    const notices = Array.isArray(record.notices) ? (record.notices as RawRecord[]) : [];
    return {
      ...record,
      schemaVersion: 4,
      audience: { detected: null, confirmed: null },
      notices: notices.map((entry) => {
        const notice = entry.notice as RawRecord;
        const urls = Array.isArray(notice.urls) ? notice.urls : [];
        const addressKind = !permalink && urls[0] === pageUrl ? 'page' : 'post';
        return { ...entry, notice: { ...notice, addressKind, audience: null } };
      }),
    };
  },
  // 4 → 5: the person or group attacked, which the person names (nobody named for old reports).
  4: (record) => ({ ...record, schemaVersion: 5, attackTarget: '' }),
};

export class MigrationError extends CatalogueError {
  override name = 'MigrationError';
}

/** A stored report brought to the current schema version; records already current are returned as is. */
export function migrateReportRecord(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  let record = value as RawRecord;
  for (let version = Number(record.schemaVersion); version < SCHEMA_VERSION; version++) {
    const step = steps[version];
    if (!step)
      throw new MigrationError(fill(t('migrationCannotUpgrade'), { id: String(record.id), version }));
    record = step(record);
  }
  if (Number(record.schemaVersion) > SCHEMA_VERSION) {
    throw new MigrationError(
      fill(t('migrationNewer'), { id: String(record.id), version: String(record.schemaVersion) }),
    );
  }
  return record;
}
