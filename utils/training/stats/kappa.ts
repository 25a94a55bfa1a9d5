// Cohen's kappa for two raters on nominal labels (Cohen 1960, "A coefficient of agreement for
// nominal scales", Educational and Psychological Measurement 20(1): 37–46): observed agreement
// corrected for the agreement expected from each rater's own label frequencies.

export interface Kappa {
  kappa: number | null;
  observed: number;
  expected: number;
  n: number;
}

/** Items one of the two did not label are left out. Kappa is null when undefined (no item, or
 * both raters always gave one and the same label, so chance agreement is 1). */
export function cohenKappa(pairs: readonly (readonly [string | null, string | null])[]): Kappa {
  const both = pairs.filter((p): p is readonly [string, string] => p[0] !== null && p[1] !== null);
  const n = both.length;
  if (n === 0) return { kappa: null, observed: 0, expected: 0, n };
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agree = 0;
  for (const [a, b] of both) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
    if (a === b) agree++;
  }
  const observed = agree / n;
  let expected = 0;
  for (const [label, count] of first) expected += (count / n) * ((second.get(label) ?? 0) / n);
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, n };
}
