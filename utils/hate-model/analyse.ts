import type { Discount } from '../classify/discount';
import { type ClassifyOptions, classify } from '../classify/index';
import { bundledLexicon } from '../classify/lexicon';
import { type Hit, Scan } from '../classify/matcher';
import { fold } from '../classify/normalize';
import { PRECEDENCE } from '../classify/score';
import type { Match, Suggestion } from '../classify/suggestion';
import { tokenize } from '../classify/tokenize';
import { type GroundId, groundIds } from '../taxonomy/grounds';
import type { Explanation } from './explanation';
import { type LoadedModel, predict, type WordWeight } from './predict';
import { ruleCategory, ruleLists } from './rule-lists';
import { findRuleHits, type GroupMention, readGroups, type TextReading } from './rules';

// The composer's assistant: the word lists (classify), the explainable rules and the trained model,
// combined. The lists decide when they find something (they are precise); otherwise a rule that
// fires and is not discounted; otherwise the model, when its hate score is high, a group is
// targeted (named, or a pronoun for one named before) and the sentence does not negate, quote or
// condemn. The model alone never names an offence graver than an insult.

/** A hate score from which the model suggests, when it finds the group targeted. */
export const HATE_THRESHOLD = 0.6;
/** With no group found, only a near-certain score with a clear ground suggests. */
const STRONG_THRESHOLD = 0.85;
const GROUND_THRESHOLD = 0.5;
const RULE_WEIGHT = 0.6;
const TOP_WORDS = 5;
const MODEL_CATEGORY = 'discriminatory-insult';

interface Span {
  start: number;
  end: number;
  text: string;
}

const round = (x: number) => Math.round(x * 100) / 100;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function spanner(text: string, reading: TextReading) {
  const folded = fold(text);
  return (first: number, last: number): Span => {
    const from = reading.tokens[first]?.from ?? 0;
    const to = (reading.tokens[last]?.to ?? 1) - 1;
    const start = folded.start[from] ?? 0;
    const end = folded.end[to] ?? start;
    return { start, end, text: text.slice(start, end) };
  };
}

const NEGATION_REACH = 3;
const RECLAIM_REACH = 2;

/** Whether words of self-description end just before token `first`, in its sentence. */
function reclaimedAt(reading: TextReading, cues: Hit<null>[], first: number): boolean {
  const sentence = reading.tokens[first]?.sentence;
  return cues.some(
    (c) => c.last < first && c.last >= first - RECLAIM_REACH && reading.tokens[c.last]?.sentence === sentence,
  );
}

/** The word lists' suggestion with slurs used as self-description set aside; when nothing else
 * counted, there is no suggestion left. */
function withoutReclaimed(base: Suggestion, reclaimed: (match: Match) => boolean): Suggestion {
  const matches = base.matches.map((m) =>
    m.discountedBy === null && m.source.endsWith('-slurs') && reclaimed(m)
      ? { ...m, discountedBy: 'reclaimed' as const }
      : m,
  );
  const stillCounting = matches.some((m) => m.discountedBy === null && m.categoryId !== null);
  if (stillCounting) return { ...base, matches };
  return { ...base, matches, categoryId: null, grounds: [], confidence: 0 };
}

/** Why the model's reading should not count: the sentence quotes or condemns, or a negation sits
 * between the group and the word that weighs most, or just before that word. */
function modelDiscount(reading: TextReading, token: number, target: GroupMention | null): Discount | null {
  const sentence = reading.tokens[token]?.sentence ?? -1;
  if ((reading.tokens[token]?.quote ?? -1) >= 0) return 'quotation';
  const here = reading.cueHits.filter((c) => reading.tokens[c.first]?.sentence === sentence);
  if (here.some((c) => c.payload === 'mention' || c.payload === 'reported-speech')) return 'quotation';
  if (reading.cues.condemnationsIn(sentence).length > 0) return 'condemnation';
  const sameSentence = target && reading.tokens[target.first]?.sentence === sentence;
  const from = Math.min(token - NEGATION_REACH, sameSentence ? target.first : token);
  const to = Math.max(token, sameSentence ? target.last : token);
  const negated = here.some((c) => c.payload === 'negation' && c.first >= from && c.last < to);
  return negated ? 'negation' : null;
}

/** The group the hateful words aim at: named in their sentence, or a pronoun there for one named before. */
function targetOf(
  reading: TextReading,
  token: number,
): { mention: GroupMention; viaPronoun: boolean } | null {
  const sentence = reading.tokens[token]?.sentence ?? -1;
  const inSentence = reading.mentions.filter((m) => reading.tokens[m.first]?.sentence === sentence);
  if (inSentence.length > 0) {
    const nearest = inSentence.reduce((a, b) =>
      Math.abs(b.first - token) < Math.abs(a.first - token) ? b : a,
    );
    return { mention: nearest, viaPronoun: false };
  }
  const pronouns = ruleLists()
    .pronouns.matchAll(new Scan(reading.tokens, null), () => true)
    .filter((p) => reading.tokens[p.first]?.sentence === sentence);
  const before = reading.mentions.filter((m) => pronouns.some((p) => m.last < p.first));
  const antecedent = before.at(-1);
  return antecedent ? { mention: antecedent, viaPronoun: true } : null;
}

const rank = (categoryId: string) => (PRECEDENCE as readonly string[]).indexOf(categoryId);

export function analyse(text: string, model: LoadedModel, options: ClassifyOptions = {}): Suggestion {
  const lists = ruleLists();
  const lexicon = bundledLexicon();
  const { tokens, quotes } = tokenize(fold(text));
  const reading = readGroups(tokens, quotes, lexicon, lists.cues);
  const spanOf = spanner(text, reading);
  const reclaimCues = lists.reclaim.matchAll(new Scan(tokens, null), () => true);
  const tokenAt = new Map(tokens.map((_, i) => [spanOf(i, i).start, i]));
  const base = withoutReclaimed(classify(text, { ...options, extraCues: lists.cues }), (match) =>
    reclaimedAt(reading, reclaimCues, tokenAt.get(match.start) ?? -1),
  );
  const hits = findRuleHits(reading, lexicon, base.language);
  const counting = hits.filter((h) => h.discountedBy === null);
  const { scores, words, version, bias } = predict(model, text);
  const top = words
    .filter((w) => w.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, TOP_WORDS);

  // The score without the words that name groups: the model learnt that group names often come with
  // hate, and a post that merely names a group must not be flagged for it.
  const inMention = new Set<number>();
  for (const m of reading.mentions) for (let t = m.first; t <= m.last; t++) inMention.add(spanOf(t, t).start);
  const named = (w: WordWeight) => inMention.has(w.start);
  const hostility = sigmoid(bias + words.reduce((sum, w) => sum + (named(w) ? 0 : w.weight), 0));
  const strongest = top.find((w) => !named(w));
  const topToken = strongest ? (tokenAt.get(strongest.start) ?? -1) : -1;
  const ruleHit = counting[0];
  const found = ruleHit
    ? (() => {
        const inside = reading.mentions.find((m) => m.first >= ruleHit.first && m.last <= ruleHit.last);
        if (inside) return { mention: inside, viaPronoun: false };
        return ruleHit.antecedent ? { mention: ruleHit.antecedent, viaPronoun: true } : null;
      })()
    : topToken >= 0
      ? targetOf(reading, topToken)
      : null;
  const modelDiscountedBy =
    found && reclaimedAt(reading, reclaimCues, found.mention.first)
      ? 'reclaimed'
      : topToken >= 0
        ? modelDiscount(reading, topToken, found?.mention ?? null)
        : null;

  const bestModelGround = groundIds.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  const modelFlags =
    modelDiscountedBy === null &&
    (hostility >= STRONG_THRESHOLD
      ? found !== null || scores[bestModelGround] >= GROUND_THRESHOLD
      : hostility >= HATE_THRESHOLD && found !== null);

  let categoryId = base.categoryId;
  let confidence = base.confidence;
  let decidedBy: Explanation['decidedBy'] = base.categoryId ? 'lexicon' : null;
  if (!categoryId && counting.length > 0) {
    categoryId = counting.map((h) => ruleCategory[h.rule]).sort((a, b) => rank(a) - rank(b))[0] ?? null;
    confidence = round(1 - (1 - RULE_WEIGHT) * (1 - scores.hate));
    decidedBy = 'rule';
  } else if (!categoryId && modelFlags) {
    categoryId = MODEL_CATEGORY;
    confidence = round(hostility);
    decidedBy = 'model';
  }

  const grounds = new Set<GroundId>(base.grounds);
  if (decidedBy === 'rule') for (const h of counting) if (h.ground) grounds.add(h.ground);
  if (decidedBy !== null && decidedBy !== 'lexicon' && grounds.size === 0) {
    if (found?.mention.ground) grounds.add(found.mention.ground);
    else if (scores[bestModelGround] >= GROUND_THRESHOLD) grounds.add(bestModelGround);
  }

  const explanation: Explanation = {
    modelVersion: version,
    rulesVersion: lists.version,
    hate: round(scores.hate),
    hostility: round(hostility),
    abuse: round(scores.abuse),
    groundScores: Object.fromEntries(groundIds.map((g) => [g, round(scores[g])])) as Record<GroundId, number>,
    words: top.map(({ start, end, weight }) => ({
      start,
      end,
      text: text.slice(start, end),
      weight: round(weight),
    })),
    target: found
      ? {
          ...spanOf(found.mention.first, found.mention.last),
          ground: found.mention.ground,
          viaPronoun: found.viaPronoun,
        }
      : null,
    rules: hits.map((h) => ({
      ...spanOf(h.first, h.last),
      rule: h.rule,
      term: h.term,
      ground: h.ground,
      discountedBy: h.discountedBy,
    })),
    decidedBy,
    modelDiscountedBy: hostility >= HATE_THRESHOLD ? modelDiscountedBy : null,
  };
  return {
    ...base,
    categoryId,
    confidence,
    grounds: groundIds.filter((g) => grounds.has(g)),
    matches: base.matches,
    explanation,
  };
}
