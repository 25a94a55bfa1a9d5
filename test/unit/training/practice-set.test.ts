import { describe, expect, it } from 'vitest';
import { categoryIds } from '../../../utils/taxonomy/category-ids';
import { groundIds } from '../../../utils/taxonomy/grounds';
import { bundledPracticeSet } from '../../../utils/training/bundled-set';
import { guidelineFor } from '../../../utils/training/guidelines';
import { hardCases } from '../../../utils/training/practice-set';

// The bundled set is what a trainee first practises on: it must cover the whole taxonomy and
// every hard case the issue names, in both languages, each item with a reference and a reason.

const set = bundledPracticeSet();

describe('bundled practice set', () => {
  it('has every category as a reference, and acceptable items', () => {
    const used = new Set(set.items.map((i) => i.reference.categoryId));
    for (const id of categoryIds) expect(used, id).toContain(id);
    expect(used).toContain(null);
  });

  it('has every protected ground, every hard case, and both languages', () => {
    const grounds = new Set(set.items.flatMap((i) => i.reference.grounds));
    for (const g of groundIds) expect(grounds, g).toContain(g);
    const hard = new Set(set.items.map((i) => i.hardCase));
    for (const h of hardCases) expect(hard, h).toContain(h);
    for (const lang of ['fr', 'en'] as const) {
      expect(set.items.filter((i) => i.language === lang).length).toBeGreaterThanOrEqual(15);
      for (const h of ['counter-speech', 'news', 'quotation'] as const)
        expect(
          set.items.some(
            (i) => i.language === lang && (i.hardCase === h || i.reference.acceptableReason === h),
          ),
        ).toBe(true);
    }
  });

  it('marks every item as made up and explains it', () => {
    for (const item of set.items) {
      expect(item.madeUp).toBe(true);
      expect(item.explanation.length).toBeGreaterThan(20);
    }
  });

  it('gives each category a guideline with made-up examples on both sides of the line, in both languages', () => {
    for (const id of categoryIds) {
      for (const lang of ['fr', 'en'] as const) {
        const g = guidelineFor(id, lang);
        expect(g?.covered, id).toBeTruthy();
        expect(g?.notCovered, id).toBeTruthy();
        expect(g?.inside.length, `${id} inside`).toBeGreaterThan(0);
        expect(g?.outside.length, `${id} outside`).toBeGreaterThan(0);
      }
    }
    expect(guidelineFor('threats', 'fr')?.provisions.map((p) => p.id)).toContain('cp-222-17');
  });
});
