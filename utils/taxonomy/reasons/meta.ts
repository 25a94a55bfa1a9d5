import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// Facebook, Instagram and Threads share Meta's flow: "…" → Report, then a fork between the Community
// Standards report and a legal route, which differs by member state (TU Delft, FAccT 2025) and which the
// Commission found full of dark patterns (Oct. 2025). No step was seen: everything here is expected.

const names = { facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads' } as const;
type MetaPlatform = keyof typeof names;

const source =
  'docs/FORMS.md, Meta: flow shape from the TU Delft study and the Commission’s findings; labels not seen';
const forkNote = 'taxonomyReasonMetaForkNote';

function notice(option: string, matchHints: string[], fit: 'exact' | 'closest' = 'exact'): ReasonEntryInput {
  return {
    flow: 'illegal-content',
    steps: [
      { text: 'Report', verified: false },
      { text: 'I believe it’s illegal', verified: false },
      { text: option, verified: false },
    ],
    code: null,
    fit,
    matchHints: ['illegal', 'illégal', 'law', 'loi', ...matchHints],
    source,
    note: forkNote,
  };
}

function metaReasons(platform: MetaPlatform): Record<CategoryId, ReasonEntryInput> {
  const hate = ['hate', 'haine'];
  return {
    'hate-provocation': notice('Hate speech', hate),
    'discriminatory-insult': notice('Hate speech', hate),
    'discriminatory-defamation': notice('Defamation', ['defam', 'diffam']),
    'apology-of-crimes': notice('Violence', ['violen'], 'closest'),
    'denial-of-crimes-against-humanity': notice('Hate speech', hate, 'closest'),
    terrorism: notice('Terrorism', ['terror']),
    harassment: notice('Bullying or harassment', ['harass', 'bully', 'harcèlement']),
    'sexual-harassment': notice('Bullying or harassment', ['harass', 'harcèlement', 'sexual'], 'closest'),
    threats: notice('Violence', ['threat', 'menace', 'violen'], 'closest'),
    'child-sexual-content': notice('Child sexual exploitation', ['child', 'minor', 'enfant', 'mineur']),
    'other-illegal': notice('Other', ['other', 'autre'], 'closest'),
    'platform-rules': {
      flow: 'community-rules',
      steps: [{ text: 'Report', verified: false }],
      code: null,
      fit: 'closest',
      matchHints: [],
      source,
      note: { key: 'taxonomyReasonMetaPlatformRulesNote', values: { platform: names[platform] } },
    },
  };
}

export const facebookReasons = metaReasons('facebook');
export const instagramReasons = metaReasons('instagram');
export const threadsReasons = metaReasons('threads');
