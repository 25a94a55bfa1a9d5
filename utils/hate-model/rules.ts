import { CueIndex, type Discount, discountOf } from '../classify/discount';
import type { Lexicon } from '../classify/lexicon';
import type { CueKind } from '../classify/lexicon-schema';
import { type Hit, type Matcher, Scan } from '../classify/matcher';
import type { QuoteSpan, Token } from '../classify/tokenize';
import type { GroundId } from '../taxonomy/grounds';
import type { RuleId } from './rule-ids';
import { type RulePayload, ruleLists } from './rule-lists';

// Finds the rules of assets/hate-rules/ in a tokenized text, with the group each targets: a group
// named in the pattern, or a pronoun standing for a group named earlier in the text ("Muslims are
// everywhere. They are rats."). Each hit is then discounted like a word-list match (negation,
// quotation, condemnation), so counter-speech that repeats the words does not count.

export interface GroupMention {
  first: number;
  last: number;
  ground: GroundId | null;
}

export interface RuleHit {
  rule: RuleId;
  term: string;
  source: string;
  first: number;
  last: number;
  ground: GroundId | null;
  /** The group a pronoun in the hit stands for, named before it. */
  antecedent: GroupMention | null;
  discountedBy: Discount | null;
}

export interface TextReading {
  tokens: Token[];
  quotes: QuoteSpan[];
  /** Group names and slurs, in text order. */
  mentions: GroupMention[];
  cues: CueIndex;
  cueHits: Hit<CueKind>[];
}

export function readGroups(
  tokens: Token[],
  quotes: QuoteSpan[],
  lexicon: Lexicon,
  extraCues: Matcher<CueKind>,
): TextReading {
  const scan = new Scan(tokens, lexicon.groups);
  const mentions = lexicon.groups
    .matchAll(new Scan(tokens, null), () => true)
    .map((h) => ({ first: h.first, last: h.last, ground: h.payload }))
    .sort((a, b) => a.first - b.first || b.last - a.last);
  const cueHits = [...lexicon.cues.matchAll(scan, () => true), ...extraCues.matchAll(scan, () => true)];
  return { tokens, quotes, mentions, cues: new CueIndex(cueHits, tokens), cueHits };
}

const overlaps = (a: { first: number; last: number }, b: { first: number; last: number }) =>
  a.first <= b.last && b.first <= a.last;

/** The last group named before the hit. */
function antecedentOf(reading: TextReading, hit: Hit<RulePayload>): GroupMention | null {
  let found: GroupMention | null = null;
  for (const mention of reading.mentions) {
    if (mention.last < hit.first) found = mention;
  }
  return found;
}

/** The rules of the text's language (as the word lists detect it): a rule is a phrasing of one language. */
export function findRuleHits(reading: TextReading, lexicon: Lexicon, language: 'fr' | 'en'): RuleHit[] {
  const { rules, pronouns } = ruleLists();
  const { tokens, quotes, cues } = reading;
  const ofLanguage = (payload: RulePayload) => payload.language === language;
  const direct = rules.matchAll(new Scan(tokens, lexicon.groups), ofLanguage);
  // A pronoun stands for a group only once one was named: with none, the second reading is skipped.
  const firstMention = reading.mentions[0]?.last ?? Number.POSITIVE_INFINITY;
  const viaPronoun = (
    reading.mentions.length > 0 ? rules.matchAll(new Scan(tokens, pronouns), ofLanguage) : []
  )
    .filter((hit) => hit.first > firstMention)
    // A pattern that names no group reads the same in both scans; a pronoun needs a group before it.
    .filter((hit) => !direct.some((d) => d.first === hit.first && d.last === hit.last));
  const out: RuleHit[] = [];
  const add = (hit: Hit<RulePayload>, antecedent: GroupMention | null) => {
    const { rule, term, source, ground } = hit.payload;
    const discountedBy = discountOf({ ...hit, negatable: true }, tokens, quotes, cues);
    out.push({
      rule,
      term,
      source,
      first: hit.first,
      last: hit.last,
      ground: ground ?? hit.ground ?? antecedent?.ground ?? null,
      antecedent,
      discountedBy,
    });
  };
  for (const hit of direct) add(hit, null);
  for (const hit of viaPronoun) {
    if (hit.payload.ground) continue;
    const antecedent = antecedentOf(reading, hit);
    if (antecedent && !out.some((o) => overlaps(o, hit))) add(hit, antecedent);
  }
  return longestFirst(out);
}

/** Of overlapping hits, one that counts, then the longest, then the first, is the one explained. */
function longestFirst(hits: RuleHit[]): RuleHit[] {
  const sorted = [...hits].sort(
    (a, b) =>
      Number(a.discountedBy !== null) - Number(b.discountedBy !== null) ||
      b.last - b.first - (a.last - a.first) ||
      a.first - b.first,
  );
  const kept: RuleHit[] = [];
  for (const hit of sorted) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  return kept.sort((a, b) => a.first - b.first);
}
