import { forEachReport } from '../db/report-cursor';
import type { Report } from '../model';
import { type TargetGroup, TargetGrouping } from './attack-target';

/** The stored log's targets, each with what `project` takes from its reports; one pass over the log. */
export async function readTargetGroups<T>(
  project: (report: Report) => T,
): Promise<{ groups: TargetGroup<T>[]; unnamed: number; unreadable: number }> {
  const grouping = new TargetGrouping(project);
  const pass = await forEachReport((report) => grouping.add(report));
  return { groups: grouping.result(), unnamed: grouping.unnamed, unreadable: pass.unreadable.length };
}

/** The names already given to targets in the log, most used first, for the field's suggestions. */
export async function readTargetNames(): Promise<string[]> {
  const { groups } = await readTargetGroups(() => null);
  return groups.map((group) => group.label);
}
