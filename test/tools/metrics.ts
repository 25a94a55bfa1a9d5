// Precision, recall, F1 and the confusion matrix of `npm run eval`, as plain functions over
// (expected, predicted) pairs.

export interface Prf {
  label: string;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(label: string, tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { label, support: tp + fn, predicted: tp + fp, precision, recall, f1: Number.isNaN(f1) ? 0 : f1 };
}

/** One label per item (null: no offence). */
export function singleLabel(pairs: Array<[string | null, string | null]>, labels: string[]): Prf[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [expected, predicted] of pairs) {
      if (predicted === label && expected === label) tp++;
      else if (predicted === label) fp++;
      else if (expected === label) fn++;
    }
    return prf(label, tp, fp, fn);
  });
}

/** Several labels per item (grounds): each label counted on every item. */
export function multiLabel(pairs: Array<[string[], string[]]>, labels: readonly string[]): Prf[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [expected, predicted] of pairs) {
      const e = expected.includes(label);
      const p = predicted.includes(label);
      if (e && p) tp++;
      else if (p) fp++;
      else if (e) fn++;
    }
    return prf(label, tp, fp, fn);
  });
}

export function confusion(pairs: Array<[string | null, string | null]>, labels: string[]): number[][] {
  const index = (label: string | null) => (label === null ? labels.length : labels.indexOf(label));
  const matrix = Array.from({ length: labels.length + 1 }, () => Array<number>(labels.length + 1).fill(0));
  for (const [expected, predicted] of pairs) {
    const row = matrix[index(expected)];
    const col = index(predicted);
    if (row && col >= 0) row[col] = (row[col] ?? 0) + 1;
  }
  return matrix;
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(0)} %`);
