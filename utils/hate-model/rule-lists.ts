import { z } from 'zod';
import enRules from '../../assets/hate-rules/en.json';
import enCues from '../../assets/hate-rules/en-cues.json';
import frRules from '../../assets/hate-rules/fr.json';
import frCues from '../../assets/hate-rules/fr-cues.json';
import { type CueKind, cueListSchema } from '../classify/lexicon-schema';
import { type Compiled, Matcher } from '../classify/matcher';
import { compileSlots, compileTerm, readPhrase } from '../classify/patterns';
import { type GroundId, groundIdSchema } from '../taxonomy/grounds';
import { type RuleId, ruleIds } from './rule-ids';

// The explainable rules of assets/hate-rules/: patterns in the word lists' syntax ({group}, {slot},
// * gaps), each naming the rule it belongs to. Parsed and compiled once, on first use.

/** What a rule means in the taxonomy: a call to harm or exclude a group is provocation to hatred
 * (loi du 29 juillet 1881, art. 24); contempt for a group without a precise fact is an insult (art. 33). */
export const ruleCategory: Record<RuleId, string> = {
  'violence-or-exclusion': 'hate-provocation',
  dehumanisation: 'discriminatory-insult',
  inferiority: 'discriminatory-insult',
  'negative-emotion': 'discriminatory-insult',
};

const ruleListSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  language: z.enum(['fr', 'en']),
  description: z.string().min(1),
  provenance: z.string().min(1),
  license: z.string().min(1),
  /** Words that stand for a group named before ("they", « ils »). */
  pronouns: z.array(z.string().min(1)).min(1),
  /** Words of self-description just before a slur ("proud dyke", « entre pédés »): a reclaimed use. */
  reclaimCues: z.array(z.string().min(1)).min(1),
  slots: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)),
  entries: z
    .array(
      z.object({
        rule: z.enum(ruleIds),
        term: z.string().min(1),
        variants: z.array(z.string().min(1)).default([]),
        /** Set where the pattern names no group but its ground (places of worship). */
        ground: groundIdSchema.nullable(),
      }),
    )
    .min(1),
});

export interface RulePayload {
  rule: RuleId;
  language: 'fr' | 'en';
  term: string;
  source: string;
  ground: GroundId | null;
}

export interface RuleLists {
  version: string;
  rules: Matcher<RulePayload>;
  pronouns: Matcher<GroundId | null>;
  reclaim: Matcher<null>;
  /** Counter-speech framing, beside the word lists' cues. */
  cues: Matcher<CueKind>;
}

let compiled: RuleLists | null = null;

export function ruleLists(): RuleLists {
  if (!compiled) {
    const lists = [enRules, frRules].map((raw) => ruleListSchema.parse(raw));
    const rules: Compiled<RulePayload>[] = [];
    const pronouns: Compiled<GroundId | null>[] = [];
    const reclaim: Compiled<null>[] = [];
    const phrase = <P>(text: string, payload: P): Compiled<P> => ({
      elements: [{ kind: 'words', alternatives: [readPhrase(text)] }],
      payload,
    });
    for (const list of lists) {
      const slots = compileSlots(list.slots);
      for (const entry of list.entries) {
        for (const term of [entry.term, ...entry.variants]) {
          const payload = {
            rule: entry.rule,
            language: list.language,
            term,
            source: list.id,
            ground: entry.ground,
          };
          rules.push({ elements: compileTerm(term, slots), payload });
        }
      }
      for (const pronoun of list.pronouns) pronouns.push(phrase(pronoun, null));
      for (const cue of list.reclaimCues) reclaim.push(phrase(cue, null));
    }
    const cueLists = [enCues, frCues].map((raw) => cueListSchema.parse(raw));
    const cues: Compiled<CueKind>[] = [];
    for (const list of cueLists) {
      const slots = compileSlots(list.slots);
      for (const { cue, kind } of list.entries)
        cues.push({ elements: compileTerm(cue, slots), payload: kind });
    }
    const version = [...lists, ...cueLists].map((l) => `${l.id}@${l.version}`).join(' ');
    compiled = {
      version,
      rules: new Matcher(rules),
      pronouns: new Matcher(pronouns),
      reclaim: new Matcher(reclaim),
      cues: new Matcher(cues),
    };
  }
  return compiled;
}
