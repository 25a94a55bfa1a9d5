import { readableTextExcept } from './dom';

// A poll's options are part of what its author wrote (the options of a hateful poll are often the
// offence), so adapters add them to the post's text. Once the poll shows its results, each option
// also holds its share of the votes ("42%"), which is a count, not the author's words.
const SHARE = /^\d{1,3}(?:[.,]\d+)?\s?%$/;

/** The option's own words, without its share of the votes. */
function optionText(option: Element): string {
  return readableTextExcept(option, (el) => SHARE.test(el.textContent?.trim() ?? ''));
}

/** `text` followed by the poll's options, one " / " between options; `text` alone when there are none. */
export function withPollOptions(text: string, options: Element[]): string {
  // An option may be matched twice, as a list item and as its inner row: the outermost counts.
  const outermost = options.filter(
    (option) => !options.some((other) => other !== option && other.contains(option)),
  );
  const words = outermost.map(optionText).filter(Boolean);
  return words.length ? [text, words.join(' / ')].filter(Boolean).join(' ') : text;
}
