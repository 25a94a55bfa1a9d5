import type { IDBPDatabase } from 'idb';
import { parseEvent } from '../db/events';
import { readChainHead } from '../db/log-events';
import { openConstatDB } from '../db/open';
import { getEvidence, getEvidenceFile, parseReport, type ReportList } from '../db/reports';
import type { ConstatDB } from '../db/schema';
import { t } from '../i18n';
import type { ChainHead, LogEvent } from '../log/event';
import type { EvidenceRecord, Report } from '../model';

// What an export reads, a batch at a time: a few hundred reports (newest first, as the log lists
// them) with their events, each batch in its own short transaction, so that what an export holds is
// one batch, never the log. The chain's head is read first and bounds every event read after it:
// an event recorded while the export runs is not in the file whose head it would contradict.

type DB = IDBPDatabase<ConstatDB>;

/** Reports (and their events) read at once. */
const BATCH = 250;
/** Events read at once when the whole chain is written. */
const EVENT_BATCH = 1000;

/** Some reports, newest first, and each one's events, oldest first. */
export interface ReportBatch {
  reports: Report[];
  events: Map<string, LogEvent[]>;
}

/** What an export reads: the reports chosen, their events, and the chain's head. */
export interface LogSource {
  /** `log`: every report and the whole chain; `selection`: some reports and their own events. */
  scope: 'log' | 'selection';
  head: ChainHead | null;
  /** How many reports there are to write, for a progress bar (records that turn out unreadable included). */
  total: number;
  /**
   * The reports, newest first, a batch at a time; each call reads them again. With
   * `{ events: false }` the batches' `events` are left empty (for writers that do not use them).
   */
  batches(read?: { events?: boolean }): AsyncGenerator<ReportBatch>;
  /** The chain's events (a selection: its reports' own), oldest first, a batch at a time. */
  events(): AsyncGenerator<LogEvent[]>;
  /**
   * Stored records that failed validation, in id order: complete once `batches()` has been read
   * to its end (exports write them after the reports).
   */
  unreadable: ReportList['unreadable'];
  /** A report's files with their bytes, read only when the export reaches it. */
  evidence(reportId: string): Promise<EvidenceRecord[]>;
  /** One file with its bytes (null when not stored), for writers that hold one file at a time. */
  file(fileId: string): Promise<EvidenceRecord | null>;
}

/** The log's order: newest first, reports created at the same instant by id (as `listReports`). */
function newestFirst(a: { id: string; createdAt: string }, b: { id: string; createdAt: string }): number {
  return b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

type Unreadable = ReportList['unreadable'][number];

/** Parses each stored value; the ones that fail are added to `unreadable`. */
function readable(values: readonly { key: string; value: unknown }[], unreadable: Unreadable[]): Report[] {
  const reports: Report[] = [];
  for (const { key, value } of values) {
    try {
      reports.push(parseReport(value));
    } catch (error) {
      unreadable.push({ id: key, error: (error as Error).message });
    }
  }
  return reports;
}

/** Each report's events up to the head, oldest first, read in one transaction. */
async function eventsOf(db: DB, reports: readonly Report[], head: ChainHead | null) {
  const tx = db.transaction('events');
  const index = tx.store.index('byReport');
  const lists = await Promise.all(reports.map((report) => index.getAll(report.id)));
  const byReport = new Map<string, LogEvent[]>();
  reports.forEach((report, i) => {
    const events = (lists[i] ?? []).map(parseEvent).filter((event) => event.seq <= (head?.seq ?? 0));
    byReport.set(
      report.id,
      events.sort((a, b) => a.seq - b.seq),
    );
  });
  return byReport;
}

/** The dates from `lower` (included) to `upper` (left out); null for no bound. */
function datesBetween(lower: string | null, upper: string | null): IDBKeyRange | null {
  if (lower === null) return upper === null ? null : IDBKeyRange.upperBound(upper, true);
  return upper === null ? IDBKeyRange.lowerBound(lower) : IDBKeyRange.bound(lower, upper, false, true);
}

/**
 * The whole log by its date index, newest first: each read takes `BATCH` records, and the rest of
 * those created at the same instant as the last, so the batch sorts into the log's order by itself.
 * A key cursor skips to the batch's oldest date, then the batch is read in two calls: a cursor
 * stepped a record at a time cost a round trip to the database per report.
 */
async function* datedRecords(db: DB): AsyncGenerator<{ key: string; value: unknown }[]> {
  let before: string | null = null;
  for (;;) {
    const index = db.transaction('reports').store.index('byCreatedAt');
    const newest = await index.openKeyCursor(datesBetween(null, before), 'prev');
    if (!newest) return;
    const oldest = (await newest.advance(BATCH - 1))?.key ?? null;
    const range = datesBetween(oldest, before);
    const [keys, values] = await Promise.all([index.getAllKeys(range), index.getAll(range)]);
    // Read oldest first: reversed into the log's order.
    yield keys.map((key, i) => ({ key: String(key), value: values[i] as unknown })).reverse();
    if (oldest === null) return;
    before = oldest;
  }
}

/**
 * Records the date index leaves out (no valid date, so never readable): found by a pass over the
 * store only when it holds more records than the index, which is rare.
 */
async function undatedRecords(db: DB, unreadable: Unreadable[]): Promise<void> {
  const tx = db.transaction('reports');
  const [all, dated] = await Promise.all([tx.store.count(), tx.store.index('byCreatedAt').count()]);
  if (all === dated) return;
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const read = db.transaction('reports');
    const [keys, values]: [string[], unknown[]] = await Promise.all([
      read.store.getAllKeys(range, BATCH),
      read.store.getAll(range, BATCH),
    ]);
    const undated = keys.flatMap((key, i) => (isDate(values[i]) ? [] : [{ key, value: values[i] }]));
    for (const report of readable(undated, unreadable)) {
      unreadable.push({ id: report.id, error: t('logReportUndated') });
    }
    if (keys.length < BATCH) return;
    after = keys.at(-1) ?? null;
  }
}

/** Whether the stored record has a date the date index holds (a string: every date Constat writes). */
const isDate = (value: unknown) => typeof (value as { createdAt?: unknown } | null)?.createdAt === 'string';

/**
 * A selection in the log's order: read once to learn each report's date (only ids and dates are
 * kept), then again a batch at a time in that order.
 */
async function* chosenRecords(db: DB, ids: readonly string[], unreadable: Unreadable[]) {
  const order: { id: string; createdAt: string }[] = [];
  for (let from = 0; from < ids.length; from += BATCH) {
    const values = await readIds(db, ids.slice(from, from + BATCH));
    for (const report of readable(values, unreadable))
      order.push({ id: report.id, createdAt: report.createdAt });
  }
  order.sort(newestFirst);
  for (let from = 0; from < order.length; from += BATCH) {
    // A report deleted meanwhile is left out; one damaged meanwhile is named unreadable.
    yield await readIds(
      db,
      order.slice(from, from + BATCH).map((entry) => entry.id),
    );
  }
}

async function readIds(db: DB, ids: readonly string[]): Promise<{ key: string; value: unknown }[]> {
  const tx = db.transaction('reports');
  const values = await Promise.all(ids.map((id) => tx.store.get(id)));
  return ids.flatMap((key, i) => (values[i] === undefined ? [] : [{ key, value: values[i] as unknown }]));
}

/** The chain's events from the first to the head, `EVENT_BATCH` at a time; `keep` filters them. */
async function* chainEvents(db: DB, head: ChainHead | null, keep: (event: LogEvent) => boolean) {
  if (!head) return;
  let after = 0;
  while (after < head.seq) {
    const range = IDBKeyRange.bound(after, head.seq, true, false);
    const values = await db.getAll('events', range, EVENT_BATCH);
    if (values.length === 0) return;
    const events = values.map(parseEvent);
    after = events.at(-1)?.seq ?? head.seq;
    const kept = events.filter(keep);
    if (kept.length > 0) yield kept;
  }
}

/** The whole log, or the reports `ids` names. */
export async function readLogSource(ids?: readonly string[]): Promise<LogSource> {
  const db = await openConstatDB();
  const head = await readChainHead(db);
  const chosen = ids ? new Set(ids) : null;
  const source: LogSource = {
    scope: chosen ? 'selection' : 'log',
    head,
    total: chosen ? chosen.size : await db.count('reports'),
    unreadable: [],
    async *batches({ events = true }: { events?: boolean } = {}) {
      const unreadable: Unreadable[] = [];
      const records = chosen ? chosenRecords(db, [...chosen], unreadable) : datedRecords(db);
      for await (const values of records) {
        const reports = readable(values, unreadable).sort(newestFirst);
        if (reports.length === 0) continue;
        yield { reports, events: events ? await eventsOf(db, reports, head) : new Map() };
      }
      if (!chosen) await undatedRecords(db, unreadable);
      source.unreadable = uniqueById(unreadable);
    },
    events: () => chainEvents(db, head, (e) => !chosen || (e.reportId !== null && chosen.has(e.reportId))),
    evidence: getEvidence,
    file: getEvidenceFile,
  };
  return source;
}

/** In id order, each record once (a selection reads its records twice). */
function uniqueById(unreadable: readonly Unreadable[]): Unreadable[] {
  const byId = new Map(unreadable.map((entry) => [entry.id, entry]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every report of the source, newest first (for what shows them all, such as the print page). */
export async function allReports(source: LogSource): Promise<ReportBatch> {
  const all: ReportBatch = { reports: [], events: new Map() };
  for await (const batch of source.batches()) {
    all.reports.push(...batch.reports);
    for (const [id, events] of batch.events) all.events.set(id, events);
  }
  return all;
}
