import { describe, expect, it } from 'vitest';
import { measureAgreement } from '../../../utils/training/agreement';
import { bundledPracticeSet } from '../../../utils/training/bundled-set';
import type { LabelledItem } from '../../../utils/training/formats/labelled-item';
import { labelFromParts } from '../../../utils/training/formats/labelled-item';
import { itemsFromReference } from '../../../utils/training/items';
import { emptyLabel } from '../../../utils/training/label';
import { scoreSession } from '../../../utils/training/score';
import { nextItemId } from '../../../utils/training/session';
import { newSession } from '../../../utils/training/sets';

const set = bundledPracticeSet();
const acceptable = { ...emptyLabel, severity: 0 };

describe('practice session score', () => {
  it('scores answers against the reference: accuracy, kappa, confusion matrix, the items missed', () => {
    const session = newSession(set, '2026-12-01T10:00:00.000Z', () => 0.5);
    expect(new Set(session.itemIds)).toEqual(new Set(set.items.map((i) => i.id)));
    // Right on every item but answers "acceptable" for the first two illegal ones.
    const illegal = set.items.filter((i) => i.reference.legality === 'illegal').slice(0, 2);
    const answers = set.items.map((item) => ({
      itemId: item.id,
      label: illegal.includes(item) ? acceptable : item.reference,
      answeredAt: '2026-12-01T10:05:00.000Z',
    }));
    const score = scoreSession({ ...session, answers }, set);
    expect(nextItemId({ ...session, answers })).toBeNull();
    expect(score.answered).toBe(set.items.length);
    expect(score.accuracy).toBeCloseTo((set.items.length - 2) / set.items.length, 10);
    expect(score.kappa).toBeGreaterThan(0.9);
    expect(score.kappa).toBeLessThan(1);
    expect(score.missed.map((m) => m.item.id)).toEqual(illegal.map((i) => i.id));
    const none = score.confusion.labels.indexOf('none');
    const missedRow = score.confusion.labels.indexOf(illegal[0]!.reference.categoryId!);
    expect(score.confusion.counts[missedRow]?.[none]).toBeGreaterThanOrEqual(1);
  });

  it('scores a session in progress on what was answered', () => {
    const session = newSession(set);
    const first = set.items.find((i) => i.id === session.itemIds[0])!;
    const score = scoreSession(
      { ...session, answers: [{ itemId: first.id, label: first.reference, answeredAt: session.startedAt }] },
      set,
    );
    expect(score).toMatchObject({ answered: 1, total: set.items.length, accuracy: 1, missed: [] });
    expect(
      nextItemId({
        ...session,
        answers: [{ itemId: first.id, label: first.reference, answeredAt: session.startedAt }],
      }),
    ).toBe(session.itemIds[1]);
  });
});

describe('agreement between people', () => {
  const reference = itemsFromReference(set);
  const other: LabelledItem[] = reference.map((item, i) => ({
    ...item,
    annotator: 'Sam',
    // Sam says "acceptable" on the first three items.
    labels: i < 3 ? labelFromParts({ categoryId: null, severity: 0 }) : item.labels,
  }));

  it('gives kappa for two people, alpha, per category figures and the disagreements side by side', () => {
    const agreement = measureAgreement([...reference, ...other]);
    expect(agreement.annotators).toEqual([`reference:${set.id}`, 'Sam']);
    expect(agreement.compared).toBe(set.items.length);
    expect(agreement.kappa).toBeGreaterThan(0.8);
    expect(agreement.alpha).toBeGreaterThan(0.8);
    const changed = reference.slice(0, 3).filter((r) => r.labels?.categoryId !== null);
    expect(agreement.disagreements.map((d) => d.id)).toEqual(changed.map((c) => c.id));
    expect(agreement.disagreements[0]?.values[1]).toBe('none');
    expect(agreement.perCategory.find((c) => c.value === 'terrorism')?.uses).toBeGreaterThan(0);
  });

  it('gives alpha for three people with missing labels, and no kappa', () => {
    const third = reference.slice(0, 10).map((item) => ({ ...item, annotator: 'Lou' }));
    const agreement = measureAgreement([...reference, ...other, ...third]);
    expect(agreement.annotators).toHaveLength(3);
    expect(agreement.kappa).toBeNull();
    expect(agreement.alpha).toBeGreaterThan(0.8);
  });

  it('is perfect when everyone agrees, and says nothing is compared for one person alone', () => {
    expect(
      measureAgreement([...reference, ...reference.map((r) => ({ ...r, annotator: 'B' }))]),
    ).toMatchObject({
      kappa: 1,
      alpha: 1,
      disagreements: [],
    });
    expect(measureAgreement(reference)).toMatchObject({ compared: 0, alpha: null, kappa: null });
  });
});
