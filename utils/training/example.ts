import { z } from 'zod';
import { suggestionSchema } from '../classify/suggestion';
import { captureMetaSchema, evidenceRefSchema } from '../model';
import { trainingLabelSchema } from './label';

// One training example: a text met on a page (captured like a report, never reported) or imported
// from a file, with the tagger's label. Kept in its own database, apart from the report log.

const isoDateTime = z.iso.datetime({ offset: false });

export const TRAINING_SCHEMA_VERSION = 1;

/** The hashes of evidence files held elsewhere, as an imported file lists them. */
export const evidenceHashSchema = z.object({
  kind: evidenceRefSchema.shape.kind,
  mime: z.string().max(200),
  size: z.number().int().nonnegative(),
  sha256: evidenceRefSchema.shape.sha256,
});

export const trainingExampleSchema = z.object({
  schemaVersion: z.literal(TRAINING_SCHEMA_VERSION),
  /** A UUID for a capture; an imported example keeps the id its file gave it. */
  id: z.string().trim().min(1).max(200),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  source: z.enum(['capture', 'import']),
  text: z.string().max(100_000),
  language: z.enum(['fr', 'en']).nullable(),
  platform: z.string(),
  pageUrl: z.string(),
  permalink: z.string().nullable(),
  /** The capture's metadata; null for an imported example. */
  meta: captureMetaSchema.nullable(),
  evidence: z.array(evidenceRefSchema),
  /** Evidence named by an imported file: its hashes, the files themselves stay with their owner. */
  importedEvidence: z.array(evidenceHashSchema),
  /** Who labelled it, when the file named them; null for one's own captures. */
  annotator: z.string().max(200).nullable(),
  /** The assistant's suggestion, computed at capture, shown only once the tagger has answered. */
  suggestion: suggestionSchema.nullable(),
  /** Null until the tagger answers. */
  label: trainingLabelSchema.nullable(),
  labelledAt: isoDateTime.nullable(),
  warnings: z.array(z.string()),
});
export type TrainingExample = z.infer<typeof trainingExampleSchema>;

export const trainingEvidenceSchema = evidenceRefSchema.extend({
  exampleId: z.string().min(1),
  createdAt: isoDateTime,
  bytes: z.instanceof(ArrayBuffer),
});
export type TrainingEvidence = z.infer<typeof trainingEvidenceSchema>;
