import { describe, expect, it } from 'vitest';
import { categories, categoryById } from '../../../utils/taxonomy/categories';
import {
  dsaClassificationSchema,
  dsaKeywordSchema,
  dsaStatementCategorySchema,
  keywordFitsCategory,
} from '../../../utils/taxonomy/dsa';

const dsaOf = (id: string) => {
  const category = categoryById(id);
  if (!category) throw new Error(`missing category ${id}`);
  return category.dsa;
};

describe('the DSA Transparency Database classification', () => {
  it('uses the database’s own v2 enum values, as the issue names them', () => {
    expect(dsaOf('hate-provocation')).toMatchObject({
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_HATE_SPEECH',
    });
    expect(dsaOf('harassment')).toMatchObject({
      category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
      keyword: 'KEYWORD_CYBER_HARASSMENT',
    });
    expect(dsaOf('child-sexual-content')).toMatchObject({
      category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
      keyword: 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL',
    });
    expect(dsaOf('terrorism')).toMatchObject({
      category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
      keyword: 'KEYWORD_TERRORIST_CONTENT',
    });
    expect(dsaOf('discriminatory-defamation').keyword).toBe('KEYWORD_DEFAMATION');
  });

  it('gives every category a keyword of its own DSA category, and says why when the fit is only close', () => {
    for (const { id, dsa } of categories) {
      expect(dsaClassificationSchema.safeParse(dsa).success, id).toBe(true);
      for (const keyword of [dsa.keyword, ...dsa.alsoKeywords]) {
        if (keyword !== null)
          expect(keywordFitsCategory(keyword, dsa.category), `${id} ${keyword}`).toBe(true);
      }
      if (dsa.fit === 'closest') expect(dsa.note, id).not.toBeNull();
    }
  });

  it('files rule breaches as incompatible content and everything else as illegal content', () => {
    for (const { id, illegal, dsa } of categories) {
      expect(dsa.decisionGround, id).toBe(
        illegal ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      );
    }
    expect(dsaOf('platform-rules').category).toBe('STATEMENT_CATEGORY_OTHER_VIOLATION_TC');
  });

  it('refuses made-up or retired values and a keyword from another category', () => {
    expect(dsaStatementCategorySchema.safeParse('STATEMENT_CATEGORY_MADE_UP').success).toBe(false);
    // v1 name, renamed STATEMENT_CATEGORY_OTHER_VIOLATION_TC in v2 (1 July 2025).
    expect(dsaStatementCategorySchema.safeParse('STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE').success).toBe(
      false,
    );
    expect(dsaKeywordSchema.safeParse('KEYWORD_ONLINE_BULLYING_INTIMIDATION').success).toBe(false);
    const mixed = { ...dsaOf('hate-provocation'), keyword: 'KEYWORD_TERRORIST_CONTENT' };
    expect(dsaClassificationSchema.safeParse(mixed).success).toBe(false);
  });

  it('ties KEYWORD_OTHER to its free text, and lets only the unspecified category go without a keyword', () => {
    const other = dsaOf('platform-rules');
    expect(other.keyword).toBe('KEYWORD_OTHER');
    expect(dsaClassificationSchema.safeParse({ ...other, keywordOther: null }).success).toBe(false);
    expect(dsaOf('other-illegal')).toMatchObject({
      category: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
      keyword: null,
    });
    expect(dsaClassificationSchema.safeParse({ ...dsaOf('terrorism'), keyword: null }).success).toBe(false);
  });
});
