import { openConstatDB } from '../db/open';
import { parseReport } from '../db/reports';
import type { Report } from '../model';
import { foldText } from './words';

/** A line of the list: the report, or why its record cannot be read (listed, never hidden). */
export type ListedReport = { id: string; report: Report } | { id: string; error: string };

/** The reports of these ids (the lines on screen), in one read transaction; gone ones are left out. */
export async function readReports(ids: readonly string[]): Promise<ListedReport[]> {
  const db = await openConstatDB();
  const tx = db.transaction('reports');
  const values = await Promise.all(ids.map((id) => tx.store.get(id)));
  return ids.flatMap((id, i): ListedReport[] => {
    const value = values[i];
    if (value === undefined) return [];
    try {
      return [{ id, report: parseReport(value) }];
    } catch (error) {
      return [{ id, error: (error as Error).message }];
    }
  });
}

/** The records that cannot be read, with the reason, from the index (they are few). */
export async function unreadableReports(): Promise<{ id: string; error: string }[]> {
  const db = await openConstatDB();
  const rows = await db.getAllFromIndex('logIndex', 'byUnreadable');
  return rows.map((row) => ({ id: row.id, error: row.unreadable ?? '' }));
}

/** One account of the "by author" view. */
export interface AuthorSummary {
  key: string;
  label: string;
  platform: string;
  reports: number;
  first: string;
  last: string;
}

const HIGH = '\uffff';

/** One account's summary; null when the log has no report about it. */
export async function authorSummary(key: string): Promise<AuthorSummary | null> {
  const db = await openConstatDB();
  const index = db.transaction('logIndex').store.index('byAuthor');
  const range = IDBKeyRange.bound([key, ''], [key, HIGH]);
  const [reports, first, last] = await Promise.all([
    index.count(range),
    index.openCursor(range, 'next'),
    index.openCursor(range, 'prev'),
  ]);
  if (!first || !last) return null;
  const { authorLabel, platform } = last.value;
  return { key, label: authorLabel, platform, reports, first: first.value.at, last: last.value.at };
}

/**
 * The accounts whose handle (or name) begins with `typed`, in alphabetical order, `limit` at a time
 * after the account `after`; each with its number of reports and its first and last dates.
 */
export async function listAuthors(
  typed: string,
  after: string | null,
  limit: number,
): Promise<AuthorSummary[]> {
  const db = await openConstatDB();
  const prefix = foldText(typed.trim().replace(/^@/, ''));
  const low = after === null ? [prefix === '' ? '\u0000' : prefix, ''] : [after, HIGH];
  const range = IDBKeyRange.bound(low, [`${prefix}${HIGH}`, HIGH], after !== null);
  const keys: string[] = [];
  let cursor = await db.transaction('logIndex').store.index('byAuthor').openKeyCursor(range);
  while (cursor && keys.length < limit) {
    const account = String((cursor.key as [string, string])[0]);
    keys.push(account);
    // Skips the account's other reports: the next key is the next account's first.
    cursor = keys.length < limit ? await cursor.continue([account, HIGH]) : null;
  }
  const found = await Promise.all(keys.map(authorSummary));
  return found.filter((author): author is AuthorSummary => author !== null);
}
