import type { CategoryInput } from './category-schema';
import type { TaxonomyText } from './text-schema';

// Press-law offences: provocation, insult, defamation, apology, denial. Provocation, insult and
// defamation each cover both paragraphs of their article (origin/religion; sex/orientation/gender
// identity/disability) in one category, with the grounds as a separate field: the penalties and the
// procedure are the same, platforms and PHAROS do not split them, and `legalBasisFor` (index.ts)
// picks the paragraph that matches the grounds the person chose.

const allGrounds = [
  'origin',
  'religion',
  'sex',
  'sexual-orientation',
  'gender-identity',
  'disability',
] as const;

const onePerArticle = 'taxonomyCategoryNoteOnePerArticle';
/** Said in a private circle, each press offence has its non-public counterpart, a contravention. */
function privateIsLesser(article: string): TaxonomyText {
  return { key: 'taxonomyCategoryNotePrivateIsLesser', values: { article } };
}
const victimFilesComplaint = 'taxonomyCategoryNoteVictimFilesComplaint';

export const hateCategories: CategoryInput[] = [
  {
    id: 'hate-provocation',
    label: 'taxonomyCategoryHateProvocationLabel',
    definition: 'taxonomyCategoryHateProvocationDefinition',
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'element',
    legalBasis: ['loi1881-24-al7', 'loi1881-24-al8', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_HATE_SPEECH',
      keywordOther: null,
      alsoKeywords: ['KEYWORD_DISCRIMINATION'],
      fit: 'exact',
      note: null,
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [onePerArticle, privateIsLesser('R625-7')],
  },
  {
    id: 'discriminatory-insult',
    label: 'taxonomyCategoryDiscriminatoryInsultLabel',
    definition: 'taxonomyCategoryDiscriminatoryInsultDefinition',
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'element',
    legalBasis: ['loi1881-33-al3', 'loi1881-33-al4', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_HATE_SPEECH',
      keywordOther: null,
      alsoKeywords: ['KEYWORD_DISCRIMINATION'],
      fit: 'closest',
      note: 'taxonomyCategoryDiscriminatoryInsultDsaNote',
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [onePerArticle, privateIsLesser('R625-8-1'), victimFilesComplaint],
  },
  {
    id: 'discriminatory-defamation',
    label: 'taxonomyCategoryDiscriminatoryDefamationLabel',
    definition: 'taxonomyCategoryDiscriminatoryDefamationDefinition',
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'element',
    legalBasis: ['loi1881-32-al2', 'loi1881-32-al3', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_DEFAMATION',
      keywordOther: null,
      alsoKeywords: ['KEYWORD_DISCRIMINATION'],
      fit: 'exact',
      note: null,
    },
    followUp: { rule: 'dsa-timely', hours: null },
    notes: [
      onePerArticle,
      privateIsLesser('R625-8'),
      'taxonomyCategoryDiscriminatoryDefamationNote3',
      victimFilesComplaint,
    ],
  },
  {
    id: 'apology-of-crimes',
    label: 'taxonomyCategoryApologyOfCrimesLabel',
    definition: 'taxonomyCategoryApologyOfCrimesDefinition',
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: ['loi1881-24-al5'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_VIOLENCE',
      keyword: 'KEYWORD_INCITEMENT_VIOLENCE_HATRED',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: 'taxonomyCategoryApologyOfCrimesDsaNote',
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: ['taxonomyCategoryApologyOfCrimesNote1'],
  },
  {
    id: 'denial-of-crimes-against-humanity',
    label: 'taxonomyCategoryDenialOfCrimesAgainstHumanityLabel',
    definition: 'taxonomyCategoryDenialOfCrimesAgainstHumanityDefinition',
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'context',
    legalBasis: ['loi1881-24bis', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_HATE_SPEECH',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: 'taxonomyCategoryDenialOfCrimesAgainstHumanityDsaNote',
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: ['taxonomyCategoryDenialOfCrimesAgainstHumanityNote1'],
  },
];
