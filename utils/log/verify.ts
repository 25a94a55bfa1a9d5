import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { openConstatDB } from '../db/open';
import type { ConstatDB } from '../db/schema';
import { sha256Hex } from '../evidence/hash';
import { zodIssuesText } from '../i18n/zod-issues';
import { markedFileIds } from '../import/staging';
import { evidenceRefSchema } from '../model';
import { type ChainHead, eventHash, type LogEvent, logEventSchema, recordSha256 } from './event';

// "Verify the log": recomputes every event's hash and link, every stored report's hash against the
// state its last event recorded, and every evidence file's hash against the one its report lists.
// Reads each store in key order, in batches of short transactions; what it keeps between batches is
// small per report (its last recorded state, its files' listed hashes), never events or bytes.

export type Finding =
  | { kind: 'event-unreadable'; seq: number; detail: string }
  | { kind: 'event-altered'; seq: number }
  | { kind: 'event-missing'; afterSeq: number | null; beforeSeq: number }
  | { kind: 'event-out-of-order'; seq: number }
  | { kind: 'report-altered'; reportId: string }
  | { kind: 'report-migrated'; reportId: string; from: number; to: number }
  | { kind: 'report-altered-before-migration'; reportId: string; seq: number }
  | { kind: 'report-without-history'; reportId: string }
  | { kind: 'report-missing'; reportId: string }
  | { kind: 'report-deleted-but-present'; reportId: string }
  | { kind: 'file-altered'; reportId: string; fileId: string; fileKind: string }
  | { kind: 'file-missing'; reportId: string; fileId: string; fileKind: string }
  | { kind: 'file-unlisted'; reportId: string; fileId: string; fileKind: string };

export interface VerifyResult {
  head: ChainHead | null;
  events: number;
  reports: number;
  files: number;
  findings: Finding[];
}

export type VerifyProgress = (step: 'events' | 'reports' | 'files', done: number) => void;

type DB = IDBPDatabase<ConstatDB>;
const BATCH = 200;
const FILE_BATCH = 16;

/** What the chain says about each link, kept small so a long chain fits in memory. */
interface Link {
  seq: number;
  hash: string;
  prevHash: string | null;
}

interface ReportState {
  seq: number;
  reportSha256: string | null;
  schemaVersion: number | null;
}

/** Reads a store in key order, `size` records at a time, each batch in its own short transaction. */
async function* batches<S extends 'reports' | 'evidence' | 'events'>(db: DB, store: S, size: number) {
  let after: IDBValidKey | null = null;
  for (;;) {
    const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction(store);
    const [keys, values] = await Promise.all([
      tx.store.getAllKeys(range, size),
      tx.store.getAll(range, size),
    ]);
    if (keys.length === 0) return;
    yield keys.map((key, i) => ({ key, value: values[i] as unknown }));
    after = keys.at(-1) as IDBValidKey;
  }
}

/** A link that does not name the event stored before it; `index` is its place among the events read. */
interface Broken {
  link: Link;
  index: number;
  previousSeq: number | null;
}

/**
 * One pass over the chain: each event's hash, each link, each report's last recorded state. Only
 * the links that are broken are kept (to tell a missing event from a reordered one afterwards), not
 * the chain.
 */
async function readChain(db: DB, findings: Finding[], progress: VerifyProgress) {
  const states = new Map<string, ReportState>();
  const broken: Broken[] = [];
  let previous: Link | null = null;
  let count = 0;
  for await (const batch of batches(db, 'events', BATCH)) {
    const read = batch.map(({ key, value }) => ({ key, parsed: logEventSchema.safeParse(value) }));
    // A batch's hashes computed together: one at a time, each waited for the next, cost more than the hashing.
    const hashes = await Promise.all(
      read.map(({ parsed }) => (parsed.success ? eventHash(parsed.data) : null)),
    );
    for (const [i, { key, parsed }] of read.entries()) {
      if (!parsed.success) {
        findings.push({ kind: 'event-unreadable', seq: Number(key), detail: zodIssuesText(parsed.error) });
        continue;
      }
      const event = parsed.data;
      if (hashes[i] !== event.hash) findings.push({ kind: 'event-altered', seq: event.seq });
      const link = { seq: event.seq, hash: event.hash, prevHash: event.prevHash };
      if (link.prevHash !== (previous?.hash ?? null))
        broken.push({ link, index: count, previousSeq: previous?.seq ?? null });
      previous = link;
      count++;
      if (event.reportId !== null) {
        checkMigration(event, states.get(event.reportId), findings);
        const schemaVersion = event.data.schemaVersion;
        states.set(event.reportId, {
          seq: event.seq,
          reportSha256: event.reportSha256,
          schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : null,
        });
      }
    }
    progress('events', count);
  }
  await checkBrokenLinks(db, broken, findings);
  return { head: previous && { seq: previous.seq, hash: previous.hash }, events: count, states };
}

/**
 * Constat upgrades a stored report only from the state its history last recorded: a "migrated"
 * event that replaced anything else means the record was changed outside Constat before that.
 */
function checkMigration(event: LogEvent, previous: ReportState | undefined, findings: Finding[]): void {
  if (event.type !== 'migrated' || !previous || previous.reportSha256 === null || event.reportId === null)
    return;
  if (event.data.replacedReportSha256 !== previous.reportSha256) {
    findings.push({ kind: 'report-altered-before-migration', reportId: event.reportId, seq: event.seq });
  }
}

/**
 * Each event must name the one stored before it; a broken link whose named event is found
 * elsewhere in the chain is out of order, else an event is missing. The places of the events the
 * broken links name are found by a second pass, only when some link is broken.
 */
async function checkBrokenLinks(db: DB, broken: readonly Broken[], findings: Finding[]): Promise<void> {
  if (broken.length === 0) return;
  const named = new Set(broken.flatMap(({ link }) => (link.prevHash === null ? [] : [link.prevHash])));
  const position = new Map<string, number>();
  let index = 0;
  for await (const batch of batches(db, 'events', BATCH)) {
    for (const { value } of batch) {
      const parsed = logEventSchema.safeParse(value);
      if (!parsed.success) continue;
      if (named.has(parsed.data.hash)) position.set(parsed.data.hash, index);
      index++;
    }
  }
  for (const { link, index: at, previousSeq } of broken) {
    const place = link.prevHash === null ? undefined : position.get(link.prevHash);
    if (place !== undefined && place !== at - 1) findings.push({ kind: 'event-out-of-order', seq: link.seq });
    else findings.push({ kind: 'event-missing', afterSeq: previousSeq, beforeSeq: link.seq });
  }
}

interface Listed {
  reportId: string;
  kind: string;
  size: number;
  sha256: string;
}

/** `sha256`: the stored record's hash (computed only for a report whose history has a state). */
function checkReport(
  id: string,
  value: unknown,
  sha256: string | null,
  state: ReportState | undefined,
  findings: Finding[],
) {
  if (!state) return findings.push({ kind: 'report-without-history', reportId: id });
  if (state.reportSha256 === null) return findings.push({ kind: 'report-deleted-but-present', reportId: id });
  if (sha256 === state.reportSha256) return;
  const stored = Number((value as { schemaVersion?: unknown }).schemaVersion);
  if (state.schemaVersion !== null && stored > state.schemaVersion) {
    findings.push({ kind: 'report-migrated', reportId: id, from: state.schemaVersion, to: stored });
  } else findings.push({ kind: 'report-altered', reportId: id });
}

async function readReports(
  db: DB,
  states: Map<string, ReportState>,
  findings: Finding[],
  progress: VerifyProgress,
) {
  const listed = new Map<string, Listed>();
  let reports = 0;
  for await (const batch of batches(db, 'reports', BATCH)) {
    const hashes = await Promise.all(
      batch.map(({ key, value }) => (states.get(String(key))?.reportSha256 ? recordSha256(value) : null)),
    );
    for (const [i, { key, value }] of batch.entries()) {
      const id = String(key);
      reports++;
      checkReport(id, value, hashes[i] ?? null, states.get(id), findings);
      // What stays in `states` at the end is the reports the chain has and the store has not.
      states.delete(id);
      const refs = z.array(evidenceRefSchema).safeParse((value as { evidence?: unknown }).evidence);
      for (const ref of refs.success ? refs.data : []) listed.set(ref.id, { reportId: id, ...ref });
    }
    progress('reports', reports);
  }
  for (const [reportId, state] of states) {
    if (state.reportSha256 !== null) findings.push({ kind: 'report-missing', reportId });
  }
  return { listed, reports };
}

/**
 * Every stored file against the hash its report lists. A file an import wrote ahead of its final
 * transaction (marked, staging.ts) is part of nothing yet: not named as unlisted, and not taken for
 * a listed file of the same id (which is then missing).
 */
async function readFiles(db: DB, listed: Map<string, Listed>, findings: Finding[], progress: VerifyProgress) {
  let files = 0;
  for await (const batch of batches(db, 'evidence', FILE_BATCH)) {
    let marked: Set<string> | null = null;
    for (const { key, value } of batch) {
      files++;
      const record = value as { reportId?: unknown; kind?: unknown; bytes?: unknown };
      const fileId = String(key);
      const ref = listed.get(fileId);
      const bytes = record.bytes instanceof ArrayBuffer ? record.bytes : null;
      const intact = ref && bytes?.byteLength === ref.size && (await sha256Hex(bytes)) === ref.sha256;
      if (intact) {
        listed.delete(fileId);
        continue;
      }
      marked ??= await markedFileIds(db);
      if (marked.has(fileId)) continue;
      listed.delete(fileId);
      if (ref) findings.push({ kind: 'file-altered', reportId: ref.reportId, fileId, fileKind: ref.kind });
      else
        findings.push({
          kind: 'file-unlisted',
          reportId: String(record.reportId),
          fileId,
          fileKind: String(record.kind),
        });
    }
    progress('files', files);
  }
  for (const [fileId, ref] of listed) {
    findings.push({ kind: 'file-missing', reportId: ref.reportId, fileId, fileKind: ref.kind });
  }
  return files;
}

/** Checks the whole log; an empty list of findings means every hash and link is as recorded. */
export async function verifyLog(progress: VerifyProgress = () => undefined): Promise<VerifyResult> {
  const db = await openConstatDB();
  const findings: Finding[] = [];
  const { head, events, states } = await readChain(db, findings, progress);
  const { listed, reports } = await readReports(db, states, findings, progress);
  const files = await readFiles(db, listed, findings, progress);
  return { head, events, reports, files, findings };
}
