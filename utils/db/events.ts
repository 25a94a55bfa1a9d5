import { t } from '../i18n';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import { type ChainHead, type LogEvent, logEventSchema } from '../log/event';
import { StorageError } from './errors';
import { readChainHead } from './log-events';
import { openConstatDB } from './open';

/** The chain's head, for the log page and exports; null while the log has no history. */
export async function getChainHead(): Promise<ChainHead | null> {
  return readChainHead(await openConstatDB());
}

export function parseEvent(value: unknown): LogEvent {
  const parsed = logEventSchema.safeParse(value);
  if (!parsed.success) {
    const seq = (value as { seq?: unknown } | undefined)?.seq;
    throw new StorageError(
      fill(t('storedEventUnreadable'), { seq: String(seq), detail: zodIssuesText(parsed.error) }),
      'invalid-record',
    );
  }
  return parsed.data;
}

/** One report's events, oldest first. */
export async function listReportEvents(reportId: string): Promise<LogEvent[]> {
  const db = await openConstatDB();
  const values = await db.getAllFromIndex('events', 'byReport', reportId);
  return values.map(parseEvent).sort((a, b) => a.seq - b.seq);
}

/** Every event, oldest first. */
export async function listEvents(): Promise<LogEvent[]> {
  const db = await openConstatDB();
  return (await db.getAll('events')).map(parseEvent);
}
