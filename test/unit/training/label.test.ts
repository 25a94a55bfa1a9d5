import { describe, expect, it } from 'vitest';
import { issueProblem } from '../../../utils/i18n/zod-issues';
import { emptyLabel, trainingLabelSchema } from '../../../utils/training/label';

const label = (patch: object) => ({ ...emptyLabel, severity: 0, ...patch });

describe('training label', () => {
  it('accepts layers that agree', () => {
    expect(trainingLabelSchema.safeParse(label({})).success).toBe(true);
    expect(
      trainingLabelSchema.safeParse(
        label({ categoryId: 'discriminatory-insult', legality: 'illegal', grounds: ['origin'], severity: 2 }),
      ).success,
    ).toBe(true);
    expect(
      trainingLabelSchema.safeParse(label({ categoryId: 'platform-rules', legality: 'platform-rules' }))
        .success,
    ).toBe(true);
  });

  it('refuses layers that contradict each other, saying why', () => {
    const refused = (patch: object) => {
      const issue = trainingLabelSchema.safeParse(label(patch)).error?.issues[0];
      return issue && issueProblem(issue, 'en');
    };
    expect(refused({ categoryId: 'threats' })).toMatch(/acceptable content has no offence category/);
    expect(refused({ legality: 'illegal' })).toMatch(/needs a category/);
    expect(refused({ legality: 'illegal', categoryId: 'platform-rules' })).toMatch(/not platform-rules/);
    expect(refused({ legality: 'platform-rules', categoryId: 'threats' })).toMatch(/platform-rules/);
    expect(refused({ legality: 'illegal', categoryId: 'threats', acceptableReason: 'news' })).toMatch(
      /only for acceptable/,
    );
    expect(refused({ grounds: ['origin', 'origin'] })).toMatch(/twice/);
    expect(refused({ categoryId: 'made-up', legality: 'illegal' })).toBeTruthy();
    expect(refused({ severity: 4 })).toBeTruthy();
  });
});
