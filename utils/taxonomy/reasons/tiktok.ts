import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// TikTok: long-press or "…" → Report → "Report illegal content" → category of illegal content, then
// country (required), relevant law and reasons (docs/FORMS.md, TikTok, from TikTok's own page). TikTok's newsroom
// names hate speech and harassment among the categories; the rest of the list was not seen.

const source =
  'docs/FORMS.md, TikTok: tiktok.com/legal/page/global/reporting-illegal-content; newsroom, Aug. 2023';
const formNote = 'taxonomyReasonTiktokFormNote';

function notice(option: string, seen: boolean, matchHints: string[], fit: 'exact' | 'closest' = 'exact') {
  const entry: ReasonEntryInput = {
    flow: 'illegal-content',
    steps: [
      { text: 'Report', verified: true },
      { text: 'Report illegal content', verified: true },
      { text: option, verified: seen },
    ],
    code: null,
    fit,
    matchHints,
    source,
    note: formNote,
  };
  return entry;
}

const hate = ['hate', 'haine'];
const harassment = ['harass', 'harcèlement'];

export const tiktokReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': notice('Hate speech', true, hate),
  'discriminatory-insult': notice('Hate speech', true, hate),
  'discriminatory-defamation': notice('Defamation', false, ['defam', 'diffam']),
  'apology-of-crimes': notice('Other', false, ['other', 'autre'], 'closest'),
  'denial-of-crimes-against-humanity': notice('Hate speech', true, hate, 'closest'),
  terrorism: notice('Terrorism', false, ['terror']),
  harassment: notice('Harassment', true, harassment),
  'sexual-harassment': notice('Harassment', true, harassment, 'closest'),
  threats: notice('Harassment', true, [...harassment, 'threat', 'menace'], 'closest'),
  'child-sexual-content': notice('Child sexual abuse material', false, [
    'child',
    'minor',
    'enfant',
    'mineur',
  ]),
  'other-illegal': notice('Other', false, ['other', 'autre'], 'closest'),
  'platform-rules': {
    flow: 'community-rules',
    steps: [{ text: 'Report', verified: true }],
    code: null,
    fit: 'closest',
    matchHints: [],
    source,
    note: 'taxonomyReasonTiktokPlatformRulesNote',
  },
};
