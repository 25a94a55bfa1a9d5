import { z } from 'zod';
import { groundIdSchema } from '../taxonomy/grounds';

// The shape of the word lists in assets/lexicon/. Every list says where its entries come from
// and carries its own version; the manifest gives the version stored on each suggestion.

const header = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** `any`: entries in several languages, or none (emoji, names). */
  language: z.enum(['fr', 'en', 'any']),
  description: z.string().min(1),
  provenance: z.string().min(1),
  license: z.string().min(1),
};

/** `{group}` takes any group name or slur; `{name}` a value of the list's slot `name`; `*` skips
 * up to 3 words of the same sentence, `*N` up to N. Everything else is matched as folded words. */
const termSyntax = z
  .string()
  .min(1)
  .refine((term) => !/^\*|\s\*\d*$/.test(term.trim()), 'a term cannot start or end with a gap');

export const lexiconEntrySchema = z.object({
  term: termSyntax,
  variants: z.array(termSyntax).optional(),
  /** Null in a list of group names: they are evidence only inside a pattern. */
  category: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable(),
  /** Null in a pattern with `{group}`: the ground is that of the group named. */
  ground: groundIdSchema.nullable(),
  /** 1: weak alone (needs a second sign), 2: enough alone, 3: unambiguous. 0 in lists of group names. */
  severity: z.number().int().min(0).max(3),
  /** Also an ordinary word in the other language or in common use: counted only in posts in the list's language. */
  ambiguous: z.boolean().optional(),
  /** What an emoji stands for, shown in the explanation. */
  gloss: z.string().optional(),
});
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

export const termListSchema = z.object({
  ...header,
  kind: z.literal('terms'),
  /** Whether a negation just before (or inside) a match keeps it from counting ("je ne vais pas te tuer"). */
  negatable: z.boolean(),
  /** Whether the entries name people and can fill a `{group}` slot ("mort aux bougnoules"). */
  fillsGroup: z.boolean(),
  slots: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)).default({}),
  entries: z.array(lexiconEntrySchema).min(1),
});
export type TermList = z.infer<typeof termListSchema>;

export const cueKinds = ['negation', 'condemnation', 'reported-speech', 'mention'] as const;
export type CueKind = (typeof cueKinds)[number];

export const cueListSchema = z.object({
  ...header,
  kind: z.literal('cues'),
  slots: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)).default({}),
  entries: z.array(z.object({ cue: termSyntax, kind: z.enum(cueKinds) })).min(1),
});
export type CueList = z.infer<typeof cueListSchema>;

export const manifestSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Each list's id and version: a change to a list without a change here fails the tests. */
  lists: z.record(z.string(), z.string()),
});
