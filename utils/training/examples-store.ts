import type { z } from 'zod';
import { toStorageError } from '../db/errors';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import { openTrainingDB } from './db';
import {
  type TrainingEvidence,
  type TrainingExample,
  trainingEvidenceSchema,
  trainingExampleSchema,
} from './example';
import { type TrainingLabel, trainingLabelSchema } from './label';

// The training set: examples and their evidence, in the training database only.

export interface Unreadable {
  id: string;
  error: string;
}

/** Parses stored records; a damaged one is listed with its error, never dropped. */
export function parseAll<T>(schema: z.ZodType<T>, keys: IDBValidKey[], values: unknown[]) {
  const list: { items: T[]; unreadable: Unreadable[] } = { items: [], unreadable: [] };
  values.forEach((value, i) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) list.items.push(parsed.data);
    else list.unreadable.push({ id: String(keys[i]), error: zodIssuesText(parsed.error, undefined, '; ') });
  });
  return list;
}

/** Writes an example and all its evidence in one transaction: all of it is stored, or none. */
export async function saveExample(example: TrainingExample, evidence: TrainingEvidence[]): Promise<void> {
  const checked = trainingExampleSchema.parse(example);
  const files = evidence.map((e) => trainingEvidenceSchema.parse(e));
  try {
    const db = await openTrainingDB();
    const tx = db.transaction(['examples', 'evidence'], 'readwrite');
    await Promise.all([
      tx.objectStore('examples').add(checked),
      ...files.map((e) => tx.objectStore('evidence').add(e)),
      tx.done,
    ]);
  } catch (error) {
    throw toStorageError(error, 'storageActionSaveExample');
  }
}

/** Adds imported examples in one transaction; an id already stored is left as it is and returned. */
export async function addExamples(
  examples: TrainingExample[],
): Promise<{ added: number; skipped: string[] }> {
  const checked = examples.map((e) => trainingExampleSchema.parse(e));
  try {
    const db = await openTrainingDB();
    const tx = db.transaction('examples', 'readwrite');
    const skipped: string[] = [];
    for (const example of checked) {
      if (await tx.store.getKey(example.id)) skipped.push(example.id);
      else await tx.store.add(example);
    }
    await tx.done;
    return { added: checked.length - skipped.length, skipped };
  } catch (error) {
    throw toStorageError(error, 'storageActionImportExamples');
  }
}

export async function getExample(id: string): Promise<TrainingExample | null> {
  const db = await openTrainingDB();
  const value = await db.get('examples', id);
  if (value === undefined) return null;
  const parsed = trainingExampleSchema.safeParse(value);
  if (!parsed.success)
    throw new CatalogueError(fill(t('storedRecordUnreadable'), { id, detail: zodIssuesText(parsed.error) }));
  return parsed.data;
}

/** Every example, newest first, and those that failed validation. */
export async function listExamples() {
  const db = await openTrainingDB();
  const tx = db.transaction('examples');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const list = parseAll(trainingExampleSchema, keys, values);
  list.items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return list;
}

export async function saveLabel(id: string, label: TrainingLabel, at = new Date().toISOString()) {
  const checked = trainingLabelSchema.parse(label);
  const example = await getExample(id);
  if (!example) throw new Error(`No training example ${id}`);
  const updated = { ...example, label: checked, labelledAt: at, updatedAt: at };
  try {
    const db = await openTrainingDB();
    await db.put('examples', trainingExampleSchema.parse(updated));
  } catch (error) {
    throw toStorageError(error, 'storageActionSaveLabel');
  }
  return updated;
}

export async function exampleEvidence(exampleId: string): Promise<TrainingEvidence[]> {
  const db = await openTrainingDB();
  const values = await db.getAllFromIndex('evidence', 'byExample', exampleId);
  return values.map((v) => trainingEvidenceSchema.parse(v));
}

/** Removes an example and its evidence together. */
export async function deleteExample(id: string): Promise<void> {
  const db = await openTrainingDB();
  const tx = db.transaction(['examples', 'evidence'], 'readwrite');
  const evidenceKeys = await tx.objectStore('evidence').index('byExample').getAllKeys(id);
  await Promise.all([
    tx.objectStore('examples').delete(id),
    ...evidenceKeys.map((key) => tx.objectStore('evidence').delete(key)),
    tx.done,
  ]);
}
