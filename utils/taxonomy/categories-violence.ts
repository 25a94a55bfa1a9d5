import type { CategoryInput } from './category-schema';

// Code pénal offences against people: terrorism, harassment, sexual harassment, threats. Grounds are an
// aggravating circumstance here (not part of the offence), except for terrorism and sexual harassment.

const aggravatingGrounds = ['origin', 'religion', 'sex', 'sexual-orientation', 'gender-identity'] as const;

const emergency = 'taxonomyCategoryNoteEmergency';

export const violenceCategories: CategoryInput[] = [
  {
    id: 'terrorism',
    label: 'taxonomyCategoryTerrorismLabel',
    definition: 'taxonomyCategoryTerrorismDefinition',
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: ['cp-421-2-5'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
      keyword: 'KEYWORD_TERRORIST_CONTENT',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'exact',
      note: null,
    },
    followUp: { rule: 'terrorist-content-1h', hours: 1 },
    notes: [emergency, 'taxonomyCategoryTerrorismNote2'],
  },
  {
    id: 'harassment',
    label: 'taxonomyCategoryHarassmentLabel',
    definition: 'taxonomyCategoryHarassmentDefinition',
    illegal: true,
    hate: false,
    grounds: [...aggravatingGrounds],
    groundsRole: 'aggravation',
    legalBasis: ['cp-222-33-2-2', 'cp-132-76', 'cp-132-77'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
      keyword: 'KEYWORD_CYBER_HARASSMENT',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'exact',
      note: 'taxonomyCategoryHarassmentDsaNote',
    },
    followUp: { rule: 'dsa-timely', hours: null },
    notes: ['taxonomyCategoryHarassmentNote1', 'taxonomyCategoryHarassmentNote2'],
  },
  {
    id: 'sexual-harassment',
    label: 'taxonomyCategorySexualHarassmentLabel',
    definition: 'taxonomyCategorySexualHarassmentDefinition',
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: ['cp-222-33'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
      keyword: 'KEYWORD_CYBER_HARASSMENT',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: 'taxonomyCategorySexualHarassmentDsaNote',
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [],
  },
  {
    id: 'threats',
    label: 'taxonomyCategoryThreatsLabel',
    definition: 'taxonomyCategoryThreatsDefinition',
    illegal: true,
    hate: false,
    grounds: [...aggravatingGrounds],
    groundsRole: 'aggravation',
    legalBasis: ['cp-222-17', 'cp-222-18', 'cp-132-76', 'cp-132-77'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
      keyword: 'KEYWORD_CYBER_BULLYING_INTIMIDATION',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: 'taxonomyCategoryThreatsDsaNote',
    },
    followUp: { rule: 'dsa-timely', hours: null },
    notes: [emergency, 'taxonomyCategoryThreatsNote2'],
  },
];
