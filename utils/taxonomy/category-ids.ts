import { z } from 'zod';

// The category ids, apart from the entries, so that per-platform data can be typed as a record over
// every category without importing the (large) entries. Ids are stored in reports: never rename one.
// The first eleven are the ids of the first list (already stored); `sexual-harassment` came later.
export const categoryIds = [
  'hate-provocation',
  'discriminatory-insult',
  'discriminatory-defamation',
  'apology-of-crimes',
  'denial-of-crimes-against-humanity',
  'terrorism',
  'harassment',
  'sexual-harassment',
  'threats',
  'child-sexual-content',
  'other-illegal',
  'platform-rules',
] as const;
export const categoryIdSchema = z.enum(categoryIds);
export type CategoryId = z.infer<typeof categoryIdSchema>;
