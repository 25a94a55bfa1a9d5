import { categoryIds } from '../taxonomy/category-ids';
import { categoryValue, NO_CATEGORY, type TrainingLabel } from './label';
import type { PracticeItem, PracticeSet } from './practice-set';
import type { PracticeSession } from './session';
import { accuracy, type ConfusionMatrix, confusionMatrix } from './stats/confusion';
import { cohenKappa } from './stats/kappa';

// A session's score against the reference: on the category (the main layer), and on legality.

/** Every compared value, in the taxonomy's order, `none` first. */
export const categoryValues = [NO_CATEGORY, ...categoryIds];

export interface Missed {
  item: PracticeItem;
  answer: TrainingLabel;
}

export interface SessionScore {
  answered: number;
  total: number;
  /** Share of answers with the reference's category; null before any answer. */
  accuracy: number | null;
  kappa: number | null;
  legalityAccuracy: number | null;
  confusion: ConfusionMatrix;
  missed: Missed[];
}

export function scoreSession(session: PracticeSession, set: PracticeSet): SessionScore {
  const pairs: [string, string][] = [];
  const legality: [string, string][] = [];
  const missed: Missed[] = [];
  for (const answer of session.answers) {
    const item = set.items.find((i) => i.id === answer.itemId);
    if (!item) continue;
    const reference = categoryValue(item.reference);
    pairs.push([reference, categoryValue(answer.label)]);
    legality.push([item.reference.legality, answer.label.legality]);
    if (reference !== categoryValue(answer.label)) missed.push({ item, answer: answer.label });
  }
  const used = new Set(pairs.flat());
  return {
    answered: pairs.length,
    total: session.itemIds.length,
    accuracy: accuracy(pairs),
    kappa: cohenKappa(pairs).kappa,
    legalityAccuracy: accuracy(legality),
    confusion: confusionMatrix(
      pairs,
      categoryValues.filter((v) => used.has(v)),
    ),
    missed,
  };
}
