import { z } from 'zod';
import type { MessageKey } from '../i18n/catalogues';

// Every text of the taxonomy a person reads is a key of the extension's locales, in both languages
// (public/_locales/<lang>/messages.json). The data names keys only; a key missing from the English
// file fails the type check, one missing from the French file test/unit/taxonomy/texts.test.ts.
// Apart from the reading (text.ts), so that the data loads where no browser is (Node tools).

/** A catalogue key: its text is the catalogue's, whatever the language. */
export const messageKeySchema = z.custom<MessageKey>(
  (value) => typeof value === 'string' && /^\w+$/.test(value),
  {
    message: 'expected a key of the locale catalogue',
  },
);

/** A value put into a text's `{placeholder}`: written as is (an article number), or a text of its own in the same language. */
const fillValueSchema = z.union([z.string().min(1), z.object({ key: messageKeySchema })]);

/** A text with `{placeholders}`: one sentence for several entries (`privateIsLesser(article)`). */
export const filledTextSchema = z.object({
  key: messageKeySchema,
  values: z.record(z.string(), fillValueSchema),
});

export const taxonomyTextSchema = z.union([messageKeySchema, filledTextSchema]);
export type TaxonomyText = z.infer<typeof taxonomyTextSchema>;

/** Every key a text names (its own and its values'), for the tests that check them in both files. */
export function keysOf(text: TaxonomyText): MessageKey[] {
  if (typeof text === 'string') return [text];
  return [
    text.key,
    ...Object.values(text.values).flatMap((value) => (typeof value === 'string' ? [] : [value.key])),
  ];
}
