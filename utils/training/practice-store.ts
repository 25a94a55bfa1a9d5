import { StorageError, toStorageError } from '../db/errors';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { fill } from '../i18n/fill';
import { zodIssuesText } from '../i18n/zod-issues';
import { openTrainingDB } from './db';
import { parseAll } from './examples-store';
import { type PracticeSet, practiceSetSchema } from './practice-set';
import { type PracticeSession, practiceSessionSchema } from './session';

// Imported reference sets and practice sessions, in the training database.

/** Stores an imported set; refuses to replace a set of the same id unless asked to. */
export async function saveSet(set: PracticeSet, replace = false, at = new Date().toISOString()) {
  const checked = practiceSetSchema.parse(set);
  try {
    const db = await openTrainingDB();
    const tx = db.transaction('sets', 'readwrite');
    if (!replace && (await tx.store.getKey(checked.id)))
      throw new StorageError(fill(t('trainingSetAlreadyImported'), { id: checked.id }), 'invalid-record');
    await tx.store.put({ set: checked, importedAt: at });
    await tx.done;
  } catch (error) {
    throw toStorageError(error, 'storageActionImportPracticeSet');
  }
}

export async function listSets() {
  const db = await openTrainingDB();
  const tx = db.transaction('sets');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  return parseAll(
    practiceSetSchema,
    keys,
    values.map((v) => (v as { set?: unknown }).set),
  );
}

export async function deleteSet(id: string): Promise<void> {
  const db = await openTrainingDB();
  await db.delete('sets', id);
}

export async function saveSession(session: PracticeSession): Promise<void> {
  const checked = practiceSessionSchema.parse(session);
  try {
    const db = await openTrainingDB();
    await db.put('sessions', checked);
  } catch (error) {
    throw toStorageError(error, 'storageActionSaveSession');
  }
}

export async function getSession(id: string): Promise<PracticeSession | null> {
  const db = await openTrainingDB();
  const value = await db.get('sessions', id);
  if (value === undefined) return null;
  const parsed = practiceSessionSchema.safeParse(value);
  if (!parsed.success)
    throw new CatalogueError(fill(t('storedRecordUnreadable'), { id, detail: zodIssuesText(parsed.error) }));
  return parsed.data;
}

/** Every session, oldest first (the order of the progress chart), and those that are unreadable. */
export async function listSessions() {
  const db = await openTrainingDB();
  const tx = db.transaction('sessions');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const list = parseAll(practiceSessionSchema, keys, values);
  list.items.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return list;
}
