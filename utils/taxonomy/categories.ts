import { z } from 'zod';
import { hateCategories } from './categories-hate';
import { otherCategories } from './categories-other';
import { violenceCategories } from './categories-violence';
import { categoryIds } from './category-ids';
import { type Category, categorySchema } from './category-schema';

// The offence categories, parsed when the module loads: an entry that breaks a rule of the schema
// (see category-schema.ts) stops the extension's pages from loading and fails the tests,
// rather than reaching a notice. The order is the one shown in the category select.

export { type Category, categorySchema } from './category-schema';

export const categories: readonly Category[] = z
  .array(categorySchema)
  .superRefine((list, ctx) => {
    const ids = list.map((c) => c.id);
    if (ids.join() !== categoryIds.join()) {
      ctx.addIssue({
        code: 'custom',
        message: `Categories must list each id once, in order: ${categoryIds.join()}`,
      });
    }
  })
  .parse([...hateCategories, ...violenceCategories, ...otherCategories]);

export function categoryById(id: string | null): Category | null {
  return categories.find((c) => c.id === id) ?? null;
}
