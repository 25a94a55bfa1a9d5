import type { Report } from '../model';

// The person or group attacked is typed by the person, so the same target comes spelled several
// ways ("Asso Égalité", "asso egalite "). Reports are grouped by a key that ignores case, accents
// and spacing; the name shown is the spelling used most often.

/** The name as stored: the person's spelling, spaces tidied. */
export function cleanTarget(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The name as compared across reports; empty when nobody is named. */
export function targetKey(value: string): string {
  return cleanTarget(value).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

export interface TargetGroup<T> {
  key: string;
  /** The most used spelling (the first in alphabetical order among equals, so it never depends on storage order). */
  label: string;
  /** The reports about this target, as `project` described them, in the order added. */
  entries: T[];
}

/** Groups reports by target in one pass, keeping only what `project` takes from each. */
export class TargetGrouping<T> {
  private readonly groups = new Map<string, { spellings: Map<string, number>; entries: T[] }>();
  /** Reports that name nobody. */
  unnamed = 0;

  constructor(private readonly project: (report: Report) => T) {}

  add(report: Report): void {
    const key = targetKey(report.attackTarget);
    if (!key) {
      this.unnamed++;
      return;
    }
    const group = this.groups.get(key) ?? { spellings: new Map<string, number>(), entries: [] };
    this.groups.set(key, group);
    const spelling = cleanTarget(report.attackTarget);
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    group.entries.push(this.project(report));
  }

  /** Targets with the most reports first, then by name. */
  result(): TargetGroup<T>[] {
    return [...this.groups.entries()]
      .map(([key, group]) => ({ key, label: mostUsed(group.spellings), entries: group.entries }))
      .sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label, 'fr'));
  }
}

function mostUsed(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling.localeCompare(best, 'fr') < 0))
      [best, bestCount] = [spelling, count];
  }
  return best;
}
