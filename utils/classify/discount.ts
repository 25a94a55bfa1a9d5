import type { CueKind } from './lexicon-schema';
import type { Hit } from './matcher';
import type { Match } from './suggestion';
import type { QuoteSpan, Token } from './tokenize';

// Rules that keep a match from counting where a simple reading can tell that the post does not
// use the words itself. Each rule names itself on the match (`discountedBy`): the explanation
// shows the match and why it did not count, rather than hiding it.
//
// - quotation: the words are inside quotes of at most 8 words ("stop saying 'X'"), or follow a
//   mention ("the word X") or reported speech ("he called me X", "condamné pour…") in the sentence;
// - condemnation: the sentence condemns ("… is racist", « traiter quelqu'un de X, c'est raciste »),
//   unless that condemnation is itself negated ("c'est pas raciste");
// - negation: for threats and calls (not slurs, which insult whatever precedes them), a negation
//   at most 3 words before the match or inside a gap of its pattern ("Muslims are not terrorists"),
//   unless the pattern says the negation itself ("don't hire {group}").

export type Discount = NonNullable<Match['discountedBy']>;

const MAX_QUOTED_WORDS = 8;
const MENTION_REACH = 3;
const REPORT_REACH = 8;
const NEGATION_REACH = 3;
const NEGATED_CONDEMNATION_REACH = 2;

export interface Candidate {
  first: number;
  last: number;
  gaps: number[];
  negatable: boolean;
}

/** The cues of one text, indexed by token once, so that each match is checked in a few steps
 * however many cues a long text has. */
export class CueIndex {
  /** Kinds of the cues that end at each token. */
  private readonly endingAt = new Map<number, Set<CueKind>>();
  /** For a negation starting at a token, the furthest token it reaches. */
  private readonly negationFrom = new Map<number, number>();
  /** Condemnations that are not themselves negated, by sentence. */
  private readonly condemnations = new Map<number, Array<{ first: number; last: number }>>();

  constructor(
    cues: Hit<CueKind>[],
    private readonly tokens: Token[],
  ) {
    for (const cue of cues) {
      const kinds = this.endingAt.get(cue.last) ?? new Set<CueKind>();
      kinds.add(cue.payload);
      this.endingAt.set(cue.last, kinds);
      if (cue.payload === 'negation') {
        this.negationFrom.set(cue.first, Math.max(cue.last, this.negationFrom.get(cue.first) ?? -1));
      }
    }
    for (const cue of cues) {
      if (
        cue.payload !== 'condemnation' ||
        this.endsWithin(cue.first, NEGATED_CONDEMNATION_REACH, 'negation')
      ) {
        continue;
      }
      const sentence = tokens[cue.first]?.sentence ?? -1;
      const list = this.condemnations.get(sentence) ?? [];
      list.push(cue);
      this.condemnations.set(sentence, list);
    }
  }

  /** Whether a cue of this kind ends at most `reach` tokens before token `at`, in its sentence. */
  endsWithin(at: number, reach: number, kind: CueKind): boolean {
    const sentence = this.tokens[at]?.sentence;
    for (let t = at - 1; t >= at - reach && t >= 0; t--) {
      if (this.tokens[t]?.sentence !== sentence) return false;
      if (this.endingAt.get(t)?.has(kind)) return true;
    }
    return false;
  }

  condemnationsIn(sentence: number): Array<{ first: number; last: number }> {
    return this.condemnations.get(sentence) ?? [];
  }

  /** The end of a negation starting at token t, or -1. */
  negationAt(t: number): number {
    return this.negationFrom.get(t) ?? -1;
  }
}

export function discountOf(
  match: Candidate,
  tokens: Token[],
  quotes: QuoteSpan[],
  cues: CueIndex,
): Discount | null {
  const head = tokens[match.first];
  const tail = tokens[match.last];
  if (!head || !tail) return null;
  const quote = quotes[head.quote];
  if (quote && tail.quote === head.quote && quote.tokens <= MAX_QUOTED_WORDS) return 'quotation';
  if (cues.endsWithin(match.first, MENTION_REACH, 'mention')) return 'quotation';
  if (cues.endsWithin(match.first, REPORT_REACH, 'reported-speech')) return 'quotation';

  const inside = (first: number, last: number) => first >= match.first && last <= match.last;
  if (cues.condemnationsIn(head.sentence).some((c) => !inside(c.first, c.last))) return 'condemnation';

  if (!match.negatable) return null;
  const gaps = new Set(match.gaps);
  for (let t = match.first; t <= match.last; t++) {
    const end = cues.negationAt(t);
    if (end < 0 || end > match.last) continue;
    // A pattern that says the negation itself ("don't hire {group}") is not undone by it.
    if (!gaps.has(t)) return null;
  }
  for (const t of match.gaps) {
    const end = cues.negationAt(t);
    if (end >= 0 && end <= match.last) return 'negation';
  }
  return cues.endsWithin(match.first, NEGATION_REACH, 'negation') ? 'negation' : null;
}
