import { z } from 'zod';
import { taxonomyTextSchema } from './text-schema';

// The EU DSA Transparency Database's statement-of-reasons classification, schema v2 (in force since
// 1 July 2025, following the Implementing Regulation on transparency reporting templates). Values are
// copied from the database's own API documentation (digital-services-act/transparency-database,
// resources/markdown/api-documentation.md; migration note in migration-to-api-v-two.md), and the
// keyword-per-category grouping from the Implementing Regulation's Annex as two independent client
// libraries encode it. v1 names that v2 renamed (e.g. SCOPE_OF_PLATFORM_SERVICE) are left out on purpose.

export const dsaKeywordsByCategory = {
  STATEMENT_CATEGORY_ANIMAL_WELFARE: ['KEYWORD_ANIMAL_HARM', 'KEYWORD_UNLAWFUL_SALE_ANIMALS'],
  STATEMENT_CATEGORY_CONSUMER_INFORMATION: [
    'KEYWORD_HIDDEN_ADVERTISEMENT',
    'KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS',
    'KEYWORD_MISLEADING_INFO_GOODS_SERVICES',
    'KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS',
    'KEYWORD_NONCOMPLIANCE_PRICING',
  ],
  STATEMENT_CATEGORY_CYBER_VIOLENCE: [
    'KEYWORD_CYBER_BULLYING_INTIMIDATION',
    'KEYWORD_CYBER_HARASSMENT',
    'KEYWORD_CYBER_INCITEMENT',
    'KEYWORD_CYBER_STALKING',
    'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING',
    'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE',
  ],
  STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN: [
    'KEYWORD_BULLYING_AGAINST_GIRLS',
    'KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN',
    'KEYWORD_CYBER_STALKING_AGAINST_WOMEN',
    'KEYWORD_FEMALE_GENDERED_DISINFORMATION',
    'KEYWORD_INCITEMENT_AGAINST_WOMEN',
    'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN',
    'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN',
  ],
  STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: [
    'KEYWORD_BIOMETRIC_DATA_BREACH',
    'KEYWORD_DATA_FALSIFICATION',
    'KEYWORD_MISSING_PROCESSING_GROUND',
    'KEYWORD_RIGHT_TO_BE_FORGOTTEN',
  ],
  STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: [
    'KEYWORD_DEFAMATION',
    'KEYWORD_DISCRIMINATION',
    'KEYWORD_HATE_SPEECH',
  ],
  STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS: [
    'KEYWORD_COPYRIGHT_INFRINGEMENT',
    'KEYWORD_DESIGN_INFRINGEMENT',
    'KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT',
    'KEYWORD_PATENT_INFRINGEMENT',
    'KEYWORD_TRADE_SECRET_INFRINGEMENT',
    'KEYWORD_TRADEMARK_INFRINGEMENT',
  ],
  STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: [
    'KEYWORD_MISINFORMATION_DISINFORMATION',
    'KEYWORD_VIOLATION_EU_LAW',
    'KEYWORD_VIOLATION_NATIONAL_LAW',
  ],
  // The notifier did not say what kind of illegal content it is: no keyword applies.
  STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE: [],
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: [
    'KEYWORD_ADULT_SEXUAL_MATERIAL',
    'KEYWORD_AGE_SPECIFIC_RESTRICTIONS',
    'KEYWORD_GEOGRAPHICAL_REQUIREMENTS',
    'KEYWORD_GOODS_SERVICES_NOT_PERMITTED',
    'KEYWORD_LANGUAGE_REQUIREMENTS',
    'KEYWORD_NUDITY',
  ],
  STATEMENT_CATEGORY_PROTECTION_OF_MINORS: [
    'KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS',
    'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL',
    'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE',
    'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS',
    'KEYWORD_UNSAFE_CHALLENGES',
  ],
  STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY: [
    'KEYWORD_ILLEGAL_ORGANIZATIONS',
    'KEYWORD_RISK_ENVIRONMENTAL_DAMAGE',
    'KEYWORD_RISK_PUBLIC_HEALTH',
    'KEYWORD_TERRORIST_CONTENT',
  ],
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: [
    'KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING',
    'KEYWORD_INAUTHENTIC_ACCOUNTS',
    'KEYWORD_INAUTHENTIC_LISTINGS',
    'KEYWORD_INAUTHENTIC_USER_REVIEWS',
    'KEYWORD_PHISHING',
    'KEYWORD_PYRAMID_SCHEMES',
  ],
  STATEMENT_CATEGORY_SELF_HARM: [
    'KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS',
    'KEYWORD_SELF_MUTILATION',
    'KEYWORD_SUICIDE',
  ],
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: [
    'KEYWORD_PROHIBITED_PRODUCTS',
    'KEYWORD_UNSAFE_PRODUCTS',
  ],
  STATEMENT_CATEGORY_VIOLENCE: [
    'KEYWORD_COORDINATED_HARM',
    'KEYWORD_HUMAN_EXPLOITATION',
    'KEYWORD_HUMAN_TRAFFICKING',
    'KEYWORD_INCITEMENT_VIOLENCE_HATRED',
    'KEYWORD_TRAFFICKING_WOMEN_GIRLS',
  ],
} as const;

type DsaCategoryName = keyof typeof dsaKeywordsByCategory;
export const dsaStatementCategories = Object.keys(dsaKeywordsByCategory) as [
  DsaCategoryName,
  ...DsaCategoryName[],
];
export const dsaStatementCategorySchema = z.enum(dsaStatementCategories);
export type DsaStatementCategory = z.infer<typeof dsaStatementCategorySchema>;

// KEYWORD_OTHER ("Not captured by any other keyword") is allowed in every category but the unspecified one.
type DsaNamedKeyword = (typeof dsaKeywordsByCategory)[DsaCategoryName][number];
export const dsaKeywords = [
  ...new Set<DsaNamedKeyword | 'KEYWORD_OTHER'>([
    ...Object.values(dsaKeywordsByCategory).flat(),
    'KEYWORD_OTHER',
  ]),
] as [DsaNamedKeyword | 'KEYWORD_OTHER', ...(DsaNamedKeyword | 'KEYWORD_OTHER')[]];
export const dsaKeywordSchema = z.enum(dsaKeywords);
export type DsaKeyword = z.infer<typeof dsaKeywordSchema>;

export function keywordFitsCategory(keyword: DsaKeyword, category: DsaStatementCategory): boolean {
  const named: readonly string[] = dsaKeywordsByCategory[category];
  if (keyword === 'KEYWORD_OTHER') return category !== 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE';
  return named.includes(keyword);
}

export const dsaDecisionGroundSchema = z.enum([
  'DECISION_GROUND_ILLEGAL_CONTENT',
  'DECISION_GROUND_INCOMPATIBLE_CONTENT',
]);

/** How a platform would file a decision on such content in the Transparency Database. */
export const dsaClassificationSchema = z
  .object({
    decisionGround: dsaDecisionGroundSchema,
    category: dsaStatementCategorySchema,
    /** Main keyword (category_specification); null only where the category has none. */
    keyword: dsaKeywordSchema.nullable(),
    /** Free text the database accepts with KEYWORD_OTHER (category_specification_other). */
    keywordOther: z.string().min(1).max(500).nullable(),
    alsoKeywords: z.array(dsaKeywordSchema),
    /** exact: the enum names this offence; closest: Constat's choice of the nearest value, see note. */
    fit: z.enum(['exact', 'closest']),
    note: taxonomyTextSchema.nullable(),
  })
  .superRefine((value, ctx) => {
    for (const keyword of [value.keyword, ...value.alsoKeywords]) {
      if (keyword !== null && !keywordFitsCategory(keyword, value.category)) {
        ctx.addIssue({ code: 'custom', message: `${keyword} is not a keyword of ${value.category}` });
      }
    }
    if (value.keyword === null && dsaKeywordsByCategory[value.category].length > 0) {
      ctx.addIssue({ code: 'custom', message: `${value.category} needs a keyword` });
    }
    if ((value.keyword === 'KEYWORD_OTHER') !== (value.keywordOther !== null)) {
      ctx.addIssue({ code: 'custom', message: 'keywordOther goes with KEYWORD_OTHER, and only with it' });
    }
    if (value.fit === 'closest' && value.note === null) {
      ctx.addIssue({ code: 'custom', message: 'A closest-fit classification says why in a note' });
    }
  });
export type DsaClassification = z.infer<typeof dsaClassificationSchema>;
