import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { TrainingEvidence, TrainingExample } from './example';
import type { PracticeSet } from './practice-set';
import type { PracticeSession } from './session';

// The training database: its own IndexedDB database, so that training examples are never mixed
// into the report log, exported with it or counted in it.

export const TRAINING_DB_NAME = 'constat-training';
/** Layout version (object stores and indexes), distinct from the records' schemaVersion. */
export const TRAINING_DB_VERSION = 1;

export interface StoredPracticeSet {
  set: PracticeSet;
  importedAt: string;
}

export interface TrainingDB extends DBSchema {
  examples: { key: string; value: TrainingExample; indexes: { byCreatedAt: string } };
  evidence: { key: string; value: TrainingEvidence; indexes: { byExample: string } };
  /** Reference sets imported by a trainer, keyed by the set's own id. */
  sets: { key: string; value: StoredPracticeSet };
  sessions: { key: string; value: PracticeSession; indexes: { bySet: string } };
}

type Step = (db: IDBPDatabase<TrainingDB>) => void;

/** Step N upgrades the database from version N to N + 1, one at a time, in order. */
export const trainingUpgradeSteps: readonly Step[] = [
  (db) => {
    db.createObjectStore('examples', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
    db.createObjectStore('evidence', { keyPath: 'id' }).createIndex('byExample', 'exampleId');
    db.createObjectStore('sets', { keyPath: 'set.id' });
    db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('bySet', 'setId');
  },
];

let opening: Promise<IDBPDatabase<TrainingDB>> | null = null;

/** The one connection of this context; closed (and reopened on next use) when a newer version needs it. */
export function openTrainingDB(): Promise<IDBPDatabase<TrainingDB>> {
  opening ??= openDB<TrainingDB>(TRAINING_DB_NAME, TRAINING_DB_VERSION, {
    upgrade(db, oldVersion, newVersion) {
      for (let version = oldVersion; version < (newVersion ?? trainingUpgradeSteps.length); version++) {
        const step = trainingUpgradeSteps[version];
        if (!step) throw new Error(`No training database upgrade from version ${version}`);
        step(db);
      }
    },
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** For tests: forget the cached connection after the fake database is replaced. */
export async function closeTrainingDB(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
