import type { Match } from '../../utils/classify/suggestion';
import { highlightSegments } from './highlight';

interface Props {
  text: string;
  matches: readonly Match[];
}

/**
 * The post's text with the words that fired marked. Built from text nodes and <mark> elements only:
 * the text is hostile by assumption and is never parsed as markup.
 */
export function HighlightedText({ text, matches }: Props) {
  return (
    <p class="post-text highlighted-text">
      {highlightSegments(text, matches).map((segment) => {
        if (segment.matches.length === 0) return segment.text;
        // A run that counts for at least one match is shown as counting; discounted-only runs are muted.
        const discounted = segment.matches.every((i) => matches[i]?.discountedBy);
        return (
          <mark
            key={segment.start}
            class={discounted ? 'mark--discounted' : undefined}
            data-matches={segment.matches.join(' ')}
          >
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
}
