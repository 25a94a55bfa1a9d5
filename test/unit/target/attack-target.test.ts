import { describe, expect, it } from 'vitest';
import { updateReport } from '../../../utils/db/reports';
import { cleanTarget, TargetGrouping, targetKey } from '../../../utils/target/attack-target';
import { readTargetGroups, readTargetNames } from '../../../utils/target/read-targets';
import { makeReport, storeCapture } from '../factories';

describe('the person or group attacked', () => {
  it('is stored as typed with its spaces tidied, and compared without case, accents or spacing', () => {
    expect(cleanTarget('  Asso   Égalité \n')).toBe('Asso Égalité');
    expect(targetKey(' asso  EGALITE')).toBe(targetKey('Asso Égalité'));
    expect(targetKey('   ')).toBe('');
  });

  it('groups reports by target, named by the most used spelling, the largest group first', () => {
    const grouping = new TargetGrouping((report) => report.id);
    const named = (attackTarget: string) => makeReport({ attackTarget });
    const reports = [
      named('Asso Égalité'),
      named('Sam K.'),
      named('asso egalite'),
      named('Asso Égalité'),
      named(''),
      named('  '),
    ];
    for (const report of reports) grouping.add(report);
    const groups = grouping.result();
    expect(groups.map((g) => [g.label, g.entries.length])).toEqual([
      ['Asso Égalité', 3],
      ['Sam K.', 1],
    ]);
    expect(groups[0]?.entries).toEqual([reports[0]?.id, reports[2]?.id, reports[3]?.id]);
    expect(grouping.unnamed).toBe(2);
  });

  it('reads the stored log’s targets and names in one pass', async () => {
    const first = await storeCapture();
    const second = await storeCapture();
    await storeCapture();
    await updateReport(first.report.id, (r) => ({ ...r, attackTarget: 'Camille D.' }));
    await updateReport(second.report.id, (r) => ({ ...r, attackTarget: 'camille d.' }));
    const { groups, unnamed, unreadable } = await readTargetGroups((r) => r.id);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.entries.sort()).toEqual([first.report.id, second.report.id].sort());
    expect(unnamed).toBe(1);
    expect(unreadable).toBe(0);
    expect(await readTargetNames()).toHaveLength(1);
  });
});
