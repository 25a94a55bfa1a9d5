import { z } from 'zod';
import { platformIdSchema } from '../platform-id';

// A pile-on collection: the post attacked, its author (the person targeted) and the replies kept as
// evidence. Each reply is an ordinary log report; the collection only names them, in the order found.

const isoDateTime = z.iso.datetime({ offset: false });

export const COLLECTION_SCHEMA_VERSION = 1;

/** The post under attack, as read from the page when the collection was opened. */
export const collectionTargetSchema = z.object({
  platform: platformIdSchema,
  pageUrl: z.string().max(8192),
  permalink: z.string().max(8192).nullable(),
  authorHandle: z.string().max(512).nullable(),
  authorName: z.string().max(512).nullable(),
  publishedAt: isoDateTime.nullable(),
  text: z.string().max(100_000),
});
export type CollectionTarget = z.infer<typeof collectionTargetSchema>;

/** One reply of the collection, with what the timeline and the notice need, read from its report. */
export const collectionItemSchema = z.object({
  reportId: z.uuid(),
  permalink: z.string().max(8192).nullable(),
  authorHandle: z.string().max(512).nullable(),
  authorName: z.string().max(512).nullable(),
  publishedAt: isoDateTime.nullable(),
  text: z.string().max(100_000),
  addedAt: isoDateTime,
  /** True when the reply was already in the log: the collection links that report, it captured none. */
  linked: z.boolean(),
});
export type CollectionItem = z.infer<typeof collectionItemSchema>;

export const collectionSchema = z.object({
  schemaVersion: z.literal(COLLECTION_SCHEMA_VERSION),
  id: z.uuid(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Only an open collection grows from "Add to the open collection"; one is open at a time. */
  open: z.boolean(),
  target: collectionTargetSchema,
  items: z.array(collectionItemSchema),
});
export type Collection = z.infer<typeof collectionSchema>;
