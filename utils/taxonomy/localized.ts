import { z } from 'zod';

// Every text of the taxonomy that a person reads exists in both UI languages: a missing language is
// a data error caught when the module loads, not an empty label in the composer.
export const localizedSchema = z.object({
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;
