import { z } from 'zod';
import { sha256Hex } from '../evidence/hash';
import { canonicalBytes } from './canonical-json';

// The log's history: append-only events, one hash chain for the whole log. Each event's hash is the
// SHA-256 of the RFC 8785 canonical JSON of its hashed part, which holds the previous event's hash,
// so changing, removing or reordering any event breaks every link after it.

export const LOG_EVENT_VERSION = 1;

/**
 * The kinds of event this version writes. The schema accepts any kebab-case name, so that kinds added
 * later (status steps, answers, rechecks of follow-ups) and events written by a newer Constat still
 * parse and verify; the log shows an unknown kind by its name.
 */
export const knownEventTypes = [
  'created',
  'field-corrected',
  'category-chosen',
  'notice-composed',
  'marked-sent',
  'reference-added',
  'status-changed',
  'recheck',
  'note',
  'pictures-removed',
  'report-changed',
  'deleted',
  'imported',
  'chain-started',
  'notice-step',
  'migrated',
] as const;
export type KnownEventType = (typeof knownEventTypes)[number];

const jsonSchema = z.json();
export type Json = z.infer<typeof jsonSchema>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoDateTime = z.iso.datetime({ offset: false });

/** What an event says, before it is placed in the chain. */
export const eventDraftSchema = z.object({
  type: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
  at: isoDateTime,
  /** The report the event is about; null for events about the whole log. */
  reportId: z.string().max(200).nullable(),
  /** SHA-256 of the report's canonical JSON once the event applied; null when it no longer exists. */
  reportSha256: sha256.nullable(),
  data: z.record(z.string(), jsonSchema),
});
export type EventDraft = z.infer<typeof eventDraftSchema>;

/** The part of an event its hash covers: everything but its storage position and the hash itself. */
export const hashedEventSchema = eventDraftSchema.extend({
  v: z.number().int().positive(),
  prevHash: sha256.nullable(),
});
export type HashedEvent = z.infer<typeof hashedEventSchema>;

export const logEventSchema = hashedEventSchema.extend({
  /** Position in the store, from 1 in each chain; not hashed, so a reordering shows as broken links. */
  seq: z.number().int().positive(),
  hash: sha256,
});
export type LogEvent = z.infer<typeof logEventSchema>;

/** The newest event's position and hash: what an export prints and a recipient compares. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export function hashedPart(event: HashedEvent): HashedEvent {
  const { v, type, at, reportId, reportSha256, data, prevHash } = event;
  return { v, type, at, reportId, reportSha256, data, prevHash };
}

export function eventHash(event: HashedEvent): Promise<string> {
  return sha256Hex(canonicalBytes(hashedPart(event)));
}

/** Places drafts after `head` (or at the start of a new chain), each linked to the one before. */
export async function chainEvents(
  drafts: readonly EventDraft[],
  head: ChainHead | null,
): Promise<LogEvent[]> {
  const events: LogEvent[] = [];
  let previous = head;
  for (const draft of drafts) {
    const hashed: HashedEvent = {
      ...eventDraftSchema.parse(draft),
      v: LOG_EVENT_VERSION,
      prevHash: previous?.hash ?? null,
    };
    const event: LogEvent = { ...hashed, seq: (previous?.seq ?? 0) + 1, hash: await eventHash(hashed) };
    events.push(event);
    previous = event;
  }
  return events;
}

/** SHA-256 of a record's canonical JSON: what events record of a report's state. */
export function recordSha256(value: unknown): Promise<string> {
  return sha256Hex(canonicalBytes(value));
}
