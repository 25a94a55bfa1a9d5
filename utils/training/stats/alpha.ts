// Krippendorff's alpha for nominal data, any number of coders, missing values allowed
// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", Annenberg School for
// Communication, University of Pennsylvania): 1 − observed / expected disagreement, both read
// from the coincidence matrix of the values paired within each unit.

export interface Alpha {
  alpha: number | null;
  /** Pairable values: those in units that at least two coders coded. */
  pairable: number;
}

/**
 * `units[u]` holds the values the coders gave unit u, null where a coder gave none. Alpha is null
 * when undefined: fewer than two pairable values, or a single value used throughout.
 */
export function krippendorffAlphaNominal(units: readonly (readonly (string | null)[])[]): Alpha {
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, weight: number) => {
    const row = coincidences.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + weight);
    coincidences.set(c, row);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue;
    values.forEach((c, i) => {
      values.forEach((k, j) => {
        if (i !== j) add(c, k, 1 / (m - 1));
      });
    });
  }
  const totals = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of coincidences) {
    for (const [k, count] of row) {
      totals.set(c, (totals.get(c) ?? 0) + count);
      n += count;
      if (c !== k) disagreeing += count;
    }
  }
  let expectedPairs = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expectedPairs += nc * nk;
  const pairable = Math.round(n);
  if (n < 2 || expectedPairs === 0) return { alpha: null, pairable };
  return { alpha: 1 - ((n - 1) * disagreeing) / expectedPairs, pairable };
}
