import type { GroundId } from '../../../utils/taxonomy/grounds';

// The functional suite's shape: blocks of cases, each filled from templates (`{G}` takes each group)
// or written out, all labelled hateful or not and with the ground a hateful case targets.

export const functionIds = [
  'derogation',
  'threats',
  'slurs',
  'profanity',
  'pronoun-reference',
  'question-opinion',
  'negated-hate',
  'positive-neutral',
  'counter-speech',
  'abuse-not-protected',
  'reclaimed',
  'evasions',
] as const;
export type FunctionId = (typeof functionIds)[number];

type Filler = [string, GroundId | null];

export interface Block {
  function: FunctionId;
  hateful: boolean;
  templates?: string[];
  /** The language's groups, unless the block names its own (people not protected as a group). */
  groups?: Filler[];
  fixed?: Filler[];
}

export interface SuiteTemplates {
  groups: Filler[];
  blocks: Block[];
}

export interface SuiteCase {
  id: string;
  lang: 'fr' | 'en';
  function: FunctionId;
  text: string;
  hateful: boolean;
  grounds: GroundId[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function buildCases(lang: 'fr' | 'en', suite: SuiteTemplates): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const counts = new Map<FunctionId, number>();
  const push = (block: Block, text: string, ground: GroundId | null) => {
    const n = (counts.get(block.function) ?? 0) + 1;
    counts.set(block.function, n);
    cases.push({
      id: `${lang}-${block.function}-${String(n).padStart(3, '0')}`,
      lang,
      function: block.function,
      text: capitalised(text),
      hateful: block.hateful,
      grounds: block.hateful && ground ? [ground] : [],
    });
  };
  for (const block of suite.blocks) {
    for (const template of block.templates ?? []) {
      for (const [group, ground] of block.groups ?? suite.groups)
        push(block, template.replaceAll('{G}', group), ground);
    }
    for (const [text, ground] of block.fixed ?? []) push(block, text, ground);
  }
  return cases;
}
