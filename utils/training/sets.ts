import { bundledPracticeSet } from './bundled-set';
import type { PracticeSet } from './practice-set';
import { listSets } from './practice-store';
import type { PracticeSession } from './session';

// The sets one can practise on: the bundled one first, then those a trainer imported.

export async function allSets() {
  const stored = await listSets();
  return { sets: [bundledPracticeSet(), ...stored.items], unreadable: stored.unreadable };
}

export async function setById(id: string): Promise<PracticeSet | null> {
  const { sets } = await allSets();
  return sets.find((s) => s.id === id) ?? null;
}

/** The items in a random order (Fisher–Yates), so that a second session is not learnt by heart. */
function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function newSession(
  set: PracticeSet,
  now = new Date().toISOString(),
  random: () => number = Math.random,
): PracticeSession {
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    setId: set.id,
    setTitle: set.title,
    startedAt: now,
    finishedAt: null,
    itemIds: shuffled(
      set.items.map((i) => i.id),
      random,
    ),
    answers: [],
  };
}
