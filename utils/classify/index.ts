import { CueIndex, discountOf } from './discount';
import { detectLanguage } from './language';
import { bundledLexicon, type EntryHit } from './lexicon';
import type { CueKind } from './lexicon-schema';
import { type Hit, type Matcher, Scan } from './matcher';
import { fold } from './normalize';
import { type Scored, score } from './score';
import type { Match, Suggestion } from './suggestion';
import { tokenize } from './tokenize';
import { type UserTerm, userTermMatcher } from './user-terms';

// The classification assistant: suggests an offence category, its grounds and a confidence for a
// post, with the words that matched. Pure and synchronous, no network: the same code runs in the
// composer and on the command line. It only suggests; the person chooses.

export type { UserTerm } from './user-terms';
export { userTermSchema } from './user-terms';

export interface ClassifyOptions {
  /** Terms the person added in the options page. */
  userTerms?: readonly UserTerm[];
  /** Cues beyond the word lists' own (the composer's counter-speech framing). */
  extraCues?: Matcher<CueKind>;
}

/** Keeps the longest of overlapping readings: "sale {group}" rather than the slur inside it, a
 * generic "fils de pute" rather than "pute". Matches that only overlap are both kept. */
function longestFirst(hits: Hit<EntryHit>[]): Hit<EntryHit>[] {
  // In text order, longest (then most severe) first at each start: a hit lies inside an earlier
  // kept one exactly when it ends no later than the furthest end kept so far.
  const sorted = [...hits].sort(
    (a, b) => a.first - b.first || b.last - a.last || b.payload.entry.severity - a.payload.entry.severity,
  );
  const kept: Hit<EntryHit>[] = [];
  let furthest = -1;
  for (const hit of sorted) {
    if (hit.last <= furthest) continue;
    kept.push(hit);
    furthest = hit.last;
  }
  return kept;
}

export function classify(text: string, options: ClassifyOptions = {}): Suggestion {
  const lexicon = bundledLexicon();
  const folded = fold(text);
  const { tokens, quotes } = tokenize(folded);
  const language = detectLanguage(tokens, text);
  const scan = new Scan(tokens, lexicon.groups);
  // Words that are ordinary words elsewhere ("pd", "fag") count only in their own language.
  const accept = (hit: EntryHit) =>
    !hit.entry.ambiguous || hit.language === 'any' || hit.language === language;
  const hits = lexicon.entries.matchAll(scan, accept);
  if (options.userTerms && options.userTerms.length > 0) {
    hits.push(...userTermMatcher(options.userTerms).matchAll(scan, () => true));
  }
  const kept = longestFirst(hits);
  const cueHits = kept.length > 0 ? lexicon.cues.matchAll(scan, () => true) : [];
  if (kept.length > 0 && options.extraCues) cueHits.push(...options.extraCues.matchAll(scan, () => true));
  const cues = new CueIndex(cueHits, tokens);
  const scored: Scored[] = kept.map((hit) => {
    const from = tokens[hit.first]?.from ?? 0;
    const to = (tokens[hit.last]?.to ?? 1) - 1;
    const start = folded.start[from] ?? 0;
    const end = folded.end[to] ?? start;
    const { entry, term, source, negatable } = hit.payload;
    const match: Match = {
      start,
      end,
      text: text.slice(start, end),
      term,
      source,
      categoryId: entry.category,
      ground: entry.ground ?? hit.ground,
      discountedBy: discountOf({ ...hit, negatable }, tokens, quotes, cues),
    };
    return { match, severity: entry.severity };
  });
  const { categoryId, grounds, confidence } = score(scored);
  return {
    categoryId,
    grounds,
    confidence,
    language,
    matches: scored.map((s) => s.match).sort((a, b) => a.start - b.start || a.end - b.end),
    lexiconVersion: lexicon.version,
  };
}
