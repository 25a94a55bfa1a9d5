// A confusion matrix of nominal labels: rows are the reference (or the first person), columns the
// answers (or the second person).

export interface ConfusionMatrix {
  labels: string[];
  /** counts[row][column]. */
  counts: number[][];
}

/** `labels` fixes the order (and lists labels nobody used); labels seen only in `pairs` follow. */
export function confusionMatrix(
  pairs: readonly (readonly [string, string])[],
  labels: readonly string[] = [],
): ConfusionMatrix {
  const order = [...labels];
  for (const [a, b] of pairs) {
    if (!order.includes(a)) order.push(a);
    if (!order.includes(b)) order.push(b);
  }
  const counts = order.map(() => order.map(() => 0));
  for (const [a, b] of pairs) {
    const row = counts[order.indexOf(a)];
    if (row) row[order.indexOf(b)] = (row[order.indexOf(b)] ?? 0) + 1;
  }
  return { labels: order, counts };
}

/** The share of pairs that agree; null for no pair. */
export function accuracy(pairs: readonly (readonly [string, string])[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}
