import { classWeights, type Encoded, type LinearModel } from './logistic';

// The alternative family measured against logistic regression: multinomial naive Bayes over the
// same hashed features, with balanced classes (so no prior) and add-α smoothing. It is linear too,
// so it is scored and explained the same way.

export function trainNaiveBayes(data: Encoded[], buckets: number, heads: number, alpha = 0.5): LinearModel {
  const weights = new Float32Array(buckets * heads);
  const balance = classWeights(data, heads);
  for (let h = 0; h < heads; h++) {
    const counts = [new Float64Array(buckets), new Float64Array(buckets)];
    const totals = [0, 0];
    for (const e of data) {
      const y = e.labels[h];
      if (y === undefined || y < 0) continue;
      const w = e.weight * (balance[h]?.[y] ?? 1);
      const side = counts[y] as Float64Array;
      for (const b of e.buckets) side[b] = (side[b] ?? 0) + w;
      totals[y] = (totals[y] ?? 0) + w * e.buckets.length;
    }
    for (let b = 0; b < buckets; b++) {
      const pos = Math.log(((counts[1]?.[b] ?? 0) + alpha) / ((totals[1] ?? 0) + alpha * buckets));
      const neg = Math.log(((counts[0]?.[b] ?? 0) + alpha) / ((totals[0] ?? 0) + alpha * buckets));
      weights[b * heads + h] = pos - neg;
    }
  }
  return { weights, biases: new Array<number>(heads).fill(0) };
}
