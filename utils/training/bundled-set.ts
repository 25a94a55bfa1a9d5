import bundled from '../../assets/training/practice-set.json';
import { type PracticeSet, practiceSetSchema } from './practice-set';

// The practice set Constat ships: made-up texts written by the team, checked when it loads.

let parsed: PracticeSet | null = null;

export function bundledPracticeSet(): PracticeSet {
  parsed ??= practiceSetSchema.parse(bundled);
  return parsed;
}
