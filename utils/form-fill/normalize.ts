// Labels and hints are compared the way a person reads them: case, accents and punctuation do not
// count, and a hint must start a word ("nom" finds "Nom", not "Prénom").

const COMBINING_MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Lower case, accents stripped, every run of punctuation or spaces to one space, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** Whether the normalized `text` holds the normalized `hint` starting at a word. */
export function startsAWord(text: string, hint: string): boolean {
  const wanted = normalizeText(hint);
  return wanted !== '' && ` ${text} `.includes(` ${wanted}`);
}

/** The index of the first hint found in the normalized `text`, or -1. */
export function firstHintIn(text: string, hints: readonly string[]): number {
  return hints.findIndex((hint) => startsAWord(text, hint));
}
