import { beforeEach } from 'vitest';
import { closeTrainingDB } from '../../../utils/training/db';

/** Each test starts with a fresh training database (setup.ts replaces the IndexedDB factory). */
export function freshTrainingDB(): void {
  beforeEach(async () => {
    await closeTrainingDB();
  });
}
