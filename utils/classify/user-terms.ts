import { z } from 'zod';
import { groundIdSchema } from '../taxonomy/grounds';
import type { EntryHit } from './lexicon';
import { type Compiled, Matcher } from './matcher';
import { compileLiteral } from './patterns';

// Terms the person adds in the options page (a local slur, a coded word): matched like list
// words, with the same folding of evasions, and reported with `source: 'user'`.

export const userTermSchema = z.object({
  term: z.string().trim().min(1).max(100),
  categoryId: z.string().regex(/^[a-z0-9-]+$/),
  ground: groundIdSchema.nullable(),
});
export type UserTerm = z.infer<typeof userTermSchema>;

/** A term the person chose is a sign by itself, as strong as a list word that needs no context. */
const USER_SEVERITY = 2;

// The options page hands the same array on every call: it is compiled once.
const compiled = new WeakMap<readonly UserTerm[], Matcher<EntryHit>>();

export function userTermMatcher(terms: readonly UserTerm[]): Matcher<EntryHit> {
  let matcher = compiled.get(terms);
  if (!matcher) {
    const items: Compiled<EntryHit>[] = [];
    for (const { term, categoryId, ground } of terms) {
      const elements = compileLiteral(term);
      if (elements.length === 0) continue;
      const entry = { term, category: categoryId, ground, severity: USER_SEVERITY };
      items.push({ elements, payload: { entry, term, source: 'user', language: 'any', negatable: false } });
    }
    matcher = new Matcher(items);
    compiled.set(terms, matcher);
  }
  return matcher;
}
