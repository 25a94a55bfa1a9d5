import { type Lang, t } from '../i18n';
import { categories, legalBasisFor } from '../taxonomy';
import { type CategoryId, categoryIds } from '../taxonomy/category-ids';
import type { Category } from '../taxonomy/category-schema';
import { notCoveredMarker } from '../taxonomy/category-schema';
import type { Provision } from '../taxonomy/provision-schema';
import { taxonomyText } from '../taxonomy/text';
import { bundledPracticeSet } from './bundled-set';
import type { PracticeItem } from './practice-set';

// A guideline page a category: what it covers, what it does not, its legal basis, and made-up
// examples on both sides of the line, taken from the bundled practice set.

export interface Guideline {
  category: Category;
  covered: string;
  notCovered: string;
  provisions: Provision[];
  /** Made-up examples that fall in the category. */
  inside: PracticeItem[];
  /** Made-up examples that look like it but fall outside. */
  outside: PracticeItem[];
}

/** The taxonomy's definition split where it starts saying what is not covered. */
function splitDefinition(category: Category, lang: Lang): { covered: string; notCovered: string } {
  const text = taxonomyText(category.definition, lang);
  const marker = t(notCoveredMarker, lang);
  const at = text.indexOf(marker);
  if (at < 0) return { covered: text, notCovered: '' };
  const notCovered = text.slice(at + marker.length).replace(/^\s*:\s*/, '');
  return { covered: text.slice(0, at).trim(), notCovered: notCovered.trim() };
}

export function guidelineFor(id: CategoryId, lang: Lang): Guideline | null {
  const category = categories.find((c) => c.id === id);
  if (!category) return null;
  const items = bundledPracticeSet().items.filter((i) => i.madeUp);
  return {
    category,
    ...splitDefinition(category, lang),
    provisions: legalBasisFor(category, []),
    inside: items.filter((i) => i.reference.categoryId === id),
    outside: items.filter((i) => i.contrastsWith === id),
  };
}

export function isCategoryId(value: string): value is CategoryId {
  return (categoryIds as readonly string[]).includes(value);
}
