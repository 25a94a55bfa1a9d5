import { type GroundId, groundIds } from '../taxonomy/grounds';
import type { Match } from './suggestion';

// Turns matches into one suggested category, its grounds and a confidence.
//
// Confidence of a category: 1 − Π(1 − w) over its distinct matched terms that count, with
// w = 0.3 / 0.6 / 0.85 for severity 1 / 2 / 3. A category is suggested from 0.5: one severity-2
// or -3 term is enough, a severity-1 term (an emoji, a word with ordinary meanings) needs another.
//
// When several categories reach 0.5, the first in PRECEDENCE wins: the gravest offence, and the
// one with the shortest follow-up delay, is the one the notice should cite. So a threat with a slur
// is `threats` (the slur's ground is kept: it is an aggravating circumstance, Code pénal
// art. 132-76), a call to violence against a group is `hate-provocation` even when it uses a slur,
// and a slur alone is `discriminatory-insult`. Categories this list does not know (a user term
// filed under a category added later) rank just before `platform-rules`.

export const PRECEDENCE = [
  'child-sexual-content',
  'terrorism',
  'threats',
  'hate-provocation',
  'denial-of-crimes-against-humanity',
  'apology-of-crimes',
  'harassment',
  'sexual-harassment',
  'other-illegal',
  'discriminatory-defamation',
  'discriminatory-insult',
] as const;
const LAST = 'platform-rules';

const WEIGHT = [0, 0.3, 0.6, 0.85] as const;
export const THRESHOLD = 0.5;

export interface Scored {
  match: Match;
  severity: number;
}

export interface Score {
  categoryId: string | null;
  grounds: GroundId[];
  confidence: number;
}

function rank(categoryId: string): number {
  const known = (PRECEDENCE as readonly string[]).indexOf(categoryId);
  if (known >= 0) return known;
  return categoryId === LAST ? PRECEDENCE.length + 1 : PRECEDENCE.length;
}

export function score(scored: Scored[]): Score {
  const counting = scored.filter((s) => s.match.discountedBy === null && s.match.categoryId !== null);
  // Strongest severity of each distinct term, per category: a word repeated is one sign.
  const terms = new Map<string, Map<string, number>>();
  for (const { match, severity } of counting) {
    const category = match.categoryId ?? '';
    const byTerm = terms.get(category) ?? new Map<string, number>();
    byTerm.set(match.term, Math.max(byTerm.get(match.term) ?? 0, severity));
    terms.set(category, byTerm);
  }
  let best: { categoryId: string; confidence: number } | null = null;
  for (const [categoryId, byTerm] of terms) {
    let miss = 1;
    for (const severity of byTerm.values()) miss *= 1 - (WEIGHT[severity] ?? 0);
    const confidence = Math.round((1 - miss) * 100) / 100;
    if (confidence < THRESHOLD) continue;
    if (!best || rank(categoryId) < rank(best.categoryId)) best = { categoryId, confidence };
  }
  if (!best) return { categoryId: null, grounds: [], confidence: 0 };
  const found = new Set(counting.map((s) => s.match.ground));
  return { ...best, grounds: groundIds.filter((g) => found.has(g)) };
}
