import type { Match } from '../../utils/classify/suggestion';

/** A run of the text: plain, or covered by the matches at these indexes. */
export interface Segment {
  text: string;
  start: number;
  matches: number[];
}

/**
 * Cuts the text into runs at every match boundary, so overlapping matches (a slur inside a pattern)
 * are still all shown. A match whose offsets do not land on its own text (a stored suggestion read
 * against text edited since) is left out rather than highlighting the wrong words.
 */
export function highlightSegments(text: string, matches: readonly Match[]): Segment[] {
  const valid = matches
    .map((match, index) => ({ match, index }))
    .filter(
      ({ match }) =>
        match.start < match.end &&
        match.end <= text.length &&
        text.slice(match.start, match.end) === match.text,
    );
  const cuts = [...new Set([0, text.length, ...valid.flatMap(({ match }) => [match.start, match.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = valid
      .filter(({ match }) => match.start <= start && match.end >= end)
      .map((v) => v.index);
    const previous = segments.at(-1);
    if (previous && previous.matches.join() === covering.join()) {
      previous.text += text.slice(start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, matches: covering });
    }
  }
  return segments;
}
