import type { LabelledItem } from './formats/labelled-item';
import { categoryValue } from './label';
import { categoryValues } from './score';
import { krippendorffAlphaNominal } from './stats/alpha';
import { cohenKappa } from './stats/kappa';

// Agreement between people who labelled the same items: Cohen's kappa for two, Krippendorff's
// alpha (nominal, missing labels allowed) for any number, overall and per category, and the items
// where they disagree, side by side.

export interface Disagreement {
  id: string;
  text: string;
  /** One value an annotator, in `annotators` order; null where that person gave none. */
  values: (string | null)[];
}

export interface CategoryAgreement {
  value: string;
  /** How many labels (all people) gave this category. */
  uses: number;
  alpha: number | null;
  kappa: number | null;
}

export interface Agreement {
  annotators: string[];
  items: number;
  /** Items labelled by at least two people: the only ones that count. */
  compared: number;
  kappa: number | null;
  alpha: number | null;
  legalityAlpha: number | null;
  perCategory: CategoryAgreement[];
  disagreements: Disagreement[];
}

/** Items are matched by id; each annotator's last label of an item counts. */
export function measureAgreement(labelled: readonly LabelledItem[]): Agreement {
  const annotators = [...new Set(labelled.map((i) => i.annotator ?? '?'))];
  const byId = new Map<string, { text: string; labels: Map<string, LabelledItem['labels']> }>();
  for (const item of labelled) {
    const entry = byId.get(item.id) ?? { text: item.text, labels: new Map() };
    if (item.labels) entry.labels.set(item.annotator ?? '?', item.labels);
    byId.set(item.id, entry);
  }
  const rows = [...byId].map(([id, { text, labels }]) => ({
    id,
    text,
    labels: annotators.map((a) => labels.get(a) ?? null),
  }));
  const units = rows.map((r) => r.labels.map((l) => (l ? categoryValue(l) : null)));
  const binary = (value: string) => units.map((u) => u.map((v) => (v === null ? null : String(v === value))));
  const pairsOf = (us: (string | null)[][]) => us.map((u) => [u[0] ?? null, u[1] ?? null] as const);
  const two = annotators.length === 2;
  const perCategory = categoryValues
    .map((value) => ({
      value,
      uses: units.flat().filter((v) => v === value).length,
      alpha: krippendorffAlphaNominal(binary(value)).alpha,
      kappa: two ? cohenKappa(pairsOf(binary(value))).kappa : null,
    }))
    .filter((c) => c.uses > 0);
  return {
    annotators,
    items: rows.length,
    compared: units.filter((u) => u.filter((v) => v !== null).length >= 2).length,
    kappa: two ? cohenKappa(pairsOf(units)).kappa : null,
    alpha: krippendorffAlphaNominal(units).alpha,
    legalityAlpha: krippendorffAlphaNominal(rows.map((r) => r.labels.map((l) => l?.legality ?? null))).alpha,
    perCategory,
    disagreements: rows
      .map((r, i) => ({ id: r.id, text: r.text, values: units[i] ?? [] }))
      .filter((d) => new Set(d.values.filter((v) => v !== null)).size > 1),
  };
}
