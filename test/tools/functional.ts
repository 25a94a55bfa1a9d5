// The functional suite (test/eval/functional/*.jsonl) run through the composer's assistant: accuracy
// per function and language, hard negatives, the ground found on flagged hateful cases, and the
// confusion of grounds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Suggestion } from '../../utils/classify/suggestion';
import { groundIdSchema } from '../../utils/taxonomy/grounds';
import { functionIds } from '../eval/functional/suite';

export const FUNCTIONAL_DIR = join(import.meta.dirname, '../eval/functional');

const caseSchema = z.object({
  id: z.string(),
  lang: z.enum(['fr', 'en']),
  function: z.enum(functionIds),
  text: z.string().min(1),
  hateful: z.boolean(),
  grounds: z.array(groundIdSchema),
});
export type FunctionalCase = z.infer<typeof caseSchema>;

/** Kinds of non-hateful cases that look hateful: the target of ≥ 70 % of them left alone. */
export const HARD_NEGATIVES = ['counter-speech', 'negated-hate', 'positive-neutral'] as const;

export function loadFunctional(): FunctionalCase[] {
  return (['en', 'fr'] as const).flatMap((lang) =>
    readFileSync(join(FUNCTIONAL_DIR, `${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l, i) => {
        const parsed = caseSchema.safeParse(JSON.parse(l));
        if (!parsed.success) throw new Error(`${lang}.jsonl:${i + 1}: ${parsed.error.message}`);
        return parsed.data;
      }),
  );
}

export interface FunctionalResult {
  item: FunctionalCase;
  flagged: boolean;
  suggestion: Suggestion;
}

export const isRight = (r: FunctionalResult) => r.flagged === r.item.hateful;
/** A flagged hateful case whose grounds include the one expected. */
export const rightGround = (r: FunctionalResult) =>
  r.item.grounds.length === 0 || r.item.grounds.some((g) => r.suggestion.grounds.includes(g));

/** Offences that are hate by definition; any other suggestion is hate when it names a ground (a
 * threat against a group). An insult to one person ('platform-rules', harassment) is not. */
const HATE_CATEGORIES = ['hate-provocation', 'discriminatory-insult', 'discriminatory-defamation'];
export const isHate = (suggestion: Suggestion) =>
  suggestion.categoryId !== null &&
  (HATE_CATEGORIES.includes(suggestion.categoryId) || suggestion.grounds.length > 0);

export function run(cases: FunctionalCase[], suggest: (text: string) => Suggestion): FunctionalResult[] {
  return cases.map((item) => {
    const suggestion = suggest(item.text);
    return { item, suggestion, flagged: isHate(suggestion) };
  });
}
