// Held-out measures of one head: accuracy and F1 of the positive class at 0.5, and the area under
// the ROC curve (the chance that a positive scores above a negative), which needs no threshold.

export interface Measured {
  examples: number;
  positives: number;
  accuracy: number;
  f1: number;
  auc: number;
}

export function measure(pairs: Array<[0 | 1, number]>): Measured {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const [y, p] of pairs) {
    const predicted = p >= 0.5 ? 1 : 0;
    if (predicted === y) correct++;
    if (predicted && y) tp++;
    else if (predicted) fp++;
    else if (y) fn++;
  }
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return {
    examples: pairs.length,
    positives: pairs.filter(([y]) => y === 1).length,
    accuracy: pairs.length ? correct / pairs.length : 0,
    f1,
    auc: auc(pairs),
  };
}

/** Rank-based (Mann–Whitney), ties counted half; 0 when a class is missing. */
export function auc(pairs: Array<[0 | 1, number]>): number {
  const sorted = [...pairs].sort((a, b) => a[1] - b[1]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.[1] === sorted[i]?.[1]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k]?.[0] === 1) {
        rankSum += rank;
        positives++;
      }
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return 0;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
