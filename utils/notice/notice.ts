import { z } from 'zod';
import { platformIdSchema } from '../platform-id';
import { addressKindSchema, audienceSchema } from './audience';

// A notice under DSA Art. 16(2): the exact URLs, a substantiated explanation citing the law and
// quoting the content, the notifier's name and email (left out where the law allows anonymity), and
// the good-faith statement. Composed from a report, editable field by field, and kept in the log as sent.

export const noticeLanguageSchema = z.enum(['fr', 'en']);
export type NoticeLanguage = z.infer<typeof noticeLanguageSchema>;

export const noticeSchema = z.object({
  language: noticeLanguageSchema,
  platform: platformIdSchema,
  /** The content's exact addresses, one per line in the composer; the first is the post's. */
  urls: z.array(z.string().max(8192)).min(1),
  /** `page` when no post address was found and the first address is the page's: the notice says so. */
  addressKind: addressKindSchema,
  /** Whether the content is public, as the person confirmed it; null when not confirmed. */
  audience: audienceSchema.nullable(),
  authorHandle: z.string().nullable(),
  authorName: z.string().nullable(),
  /** When the content was published (ISO), if known. */
  publishedAt: z.string().nullable(),
  /** The offending passage, quoted. */
  quote: z.string(),
  /** Taxonomy id of the offence; null when the person has not chosen one. */
  categoryId: z.string().nullable(),
  /** The offence as the notice names it, in the notice's language. */
  categoryLabel: z.string(),
  illegal: z.boolean(),
  /** The provisions cited, in the notice's language ("Loi du 29 juillet 1881, art. 24, al. 7 ; …"). */
  legalBasis: z.string(),
  /** Why the content is illegal: the substantiated explanation, editable. */
  explanation: z.string(),
  /** The country whose law is breached (ISO 3166 code). */
  country: z.string().length(2),
  /** True when the law lets the notifier stay anonymous and the notice leaves name and email out. */
  anonymous: z.boolean(),
  name: z.string(),
  email: z.string(),
  goodFaith: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;
