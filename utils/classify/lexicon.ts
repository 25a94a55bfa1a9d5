import apologyOfCrimes from '../../assets/lexicon/apology-of-crimes.json';
import childSexualContent from '../../assets/lexicon/child-sexual-content.json';
import denial from '../../assets/lexicon/denial.json';
import emoji from '../../assets/lexicon/emoji.json';
import enCues from '../../assets/lexicon/en-cues.json';
import enDefamation from '../../assets/lexicon/en-defamation.json';
import enGroups from '../../assets/lexicon/en-groups.json';
import enInsultPatterns from '../../assets/lexicon/en-insult-patterns.json';
import enInsults from '../../assets/lexicon/en-insults.json';
import enSlurs from '../../assets/lexicon/en-slurs.json';
import enThreats from '../../assets/lexicon/en-threats.json';
import enViolence from '../../assets/lexicon/en-violence.json';
import frCues from '../../assets/lexicon/fr-cues.json';
import frDefamation from '../../assets/lexicon/fr-defamation.json';
import frGroups from '../../assets/lexicon/fr-groups.json';
import frInsultPatterns from '../../assets/lexicon/fr-insult-patterns.json';
import frInsults from '../../assets/lexicon/fr-insults.json';
import frSlurs from '../../assets/lexicon/fr-slurs.json';
import frThreats from '../../assets/lexicon/fr-threats.json';
import frViolence from '../../assets/lexicon/fr-violence.json';
import harassment from '../../assets/lexicon/harassment.json';
import manifest from '../../assets/lexicon/manifest.json';
import otherIllegal from '../../assets/lexicon/other-illegal.json';
import terrorism from '../../assets/lexicon/terrorism.json';
import type { GroundId } from '../taxonomy/grounds';
import {
  type CueKind,
  type CueList,
  cueListSchema,
  type LexiconEntry,
  manifestSchema,
  type TermList,
  termListSchema,
} from './lexicon-schema';
import { type Compiled, Matcher } from './matcher';
import { compileSlots, compileTerm } from './patterns';

// The word lists, bundled with the extension (imported JSON) and checked against their schema
// when first used. Compiling them (reading every entry as the tokenizer reads a text) is done once.

const rawTermLists = [
  frSlurs,
  enSlurs,
  frGroups,
  enGroups,
  frInsultPatterns,
  enInsultPatterns,
  frDefamation,
  enDefamation,
  frViolence,
  enViolence,
  frThreats,
  enThreats,
  terrorism,
  apologyOfCrimes,
  denial,
  harassment,
  childSexualContent,
  otherIllegal,
  frInsults,
  enInsults,
  emoji,
];
const rawCueLists = [frCues, enCues];

/** What a list match carries: the entry, the spelling that matched, and its list. */
export interface EntryHit {
  entry: LexiconEntry;
  /** The entry's term, or the variant that matched. */
  term: string;
  source: string;
  language: 'fr' | 'en' | 'any';
  negatable: boolean;
}

export interface Lexicon {
  version: string;
  termLists: TermList[];
  cueLists: CueList[];
  entries: Matcher<EntryHit>;
  groups: Matcher<GroundId | null>;
  cues: Matcher<CueKind>;
}

function spellings(entry: LexiconEntry): string[] {
  return [entry.term, ...(entry.variants ?? [])];
}

export function compileLexicon(termLists: TermList[], cueLists: CueList[], version: string): Lexicon {
  const entries: Compiled<EntryHit>[] = [];
  const groups: Compiled<GroundId | null>[] = [];
  for (const list of termLists) {
    const slots = compileSlots(list.slots);
    for (const entry of list.entries) {
      for (const term of spellings(entry)) {
        const elements = compileTerm(term, slots);
        if (list.fillsGroup) groups.push({ elements, payload: entry.ground });
        if (entry.category === null) continue;
        const payload = { entry, term, source: list.id, language: list.language, negatable: list.negatable };
        entries.push({ elements, payload });
      }
    }
  }
  const cues: Compiled<CueKind>[] = [];
  for (const list of cueLists) {
    const slots = compileSlots(list.slots);
    for (const { cue, kind } of list.entries) cues.push({ elements: compileTerm(cue, slots), payload: kind });
  }
  return {
    version,
    termLists,
    cueLists,
    entries: new Matcher(entries),
    groups: new Matcher(groups),
    cues: new Matcher(cues),
  };
}

let lexicon: Lexicon | null = null;

/** The bundled lists, parsed and compiled on first use (a few milliseconds, once). */
export function bundledLexicon(): Lexicon {
  if (!lexicon) {
    const termLists = rawTermLists.map((raw) => termListSchema.parse(raw));
    const cueLists = rawCueLists.map((raw) => cueListSchema.parse(raw));
    const { version, lists } = manifestSchema.parse(manifest);
    for (const list of [...termLists, ...cueLists]) {
      // A list edited without a new version would make stored suggestions untraceable.
      if (lists[list.id] !== list.version) {
        throw new Error(`assets/lexicon/manifest.json: ${list.id} is ${list.version}, not ${lists[list.id]}`);
      }
    }
    lexicon = compileLexicon(termLists, cueLists, version);
  }
  return lexicon;
}
