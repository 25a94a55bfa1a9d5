import { firstHintIn, normalizeText } from './normalize';
import type { FieldSpec } from './plan';

// Picks the option of a select or radio group: the one whose value or text is the wanted value,
// else the first that holds a choice hint, hints tried in order.

export interface OptionWords {
  value: string;
  text: string;
}

export function chooseOption<T>(
  options: readonly T[],
  wordsOf: (option: T) => OptionWords,
  spec: Pick<FieldSpec, 'value' | 'choiceHints'>,
): T | null {
  const words = options.map((option) => {
    const { value, text } = wordsOf(option);
    return { option, value: normalizeText(value), text: normalizeText(text) };
  });
  const wanted = normalizeText(spec.value);
  if (wanted) {
    const exact = words.find((w) => w.value === wanted || w.text === wanted);
    if (exact) return exact.option;
  }
  for (const hint of spec.choiceHints) {
    const hinted = words.find((w) => firstHintIn(w.text, [hint]) >= 0 || firstHintIn(w.value, [hint]) >= 0);
    if (hinted) return hinted.option;
  }
  return null;
}
