import { z } from 'zod';
import { groundIdSchema } from './grounds';
import { taxonomyTextSchema } from './text-schema';

// One legal provision, cited once and reused by the categories (the aggravating circumstance of
// art. 132-76 serves threats and harassment alike). Ids are internal; `citation` is what a notice shows.

export const provisionIds = [
  'loi1881-24-al5',
  'loi1881-24-al7',
  'loi1881-24-al8',
  'loi1881-24bis',
  'loi1881-32-al2',
  'loi1881-32-al3',
  'loi1881-33-al3',
  'loi1881-33-al4',
  'loi1881-65-3',
  'cp-421-2-5',
  'cp-222-33-2-2',
  'cp-222-33',
  'cp-222-17',
  'cp-222-18',
  'cp-227-23',
  'cp-132-76',
  'cp-132-77',
  'dsa-16-2-c',
] as const;
export const provisionIdSchema = z.enum(provisionIds);
export type ProvisionId = z.infer<typeof provisionIdSchema>;

export const provisionSchema = z.object({
  id: provisionIdSchema,
  /** As a French notice or complaint cites it, e.g. « Loi du 29 juillet 1881, art. 24 al. 7 ». */
  citation: z.string().min(1),
  /** offence: defines an offence; aggravation: raises the penalty of another; procedure: neither. */
  kind: z.enum(['offence', 'aggravation', 'procedure']),
  summary: taxonomyTextSchema,
  /** Maximum penalty for a natural person, as the text states it; null for a procedural rule or when not stated here. */
  maxPenalty: taxonomyTextSchema.nullable(),
  /** The protected grounds the provision names (empty when it names none). */
  grounds: z.array(groundIdSchema),
  /**
   * Where the article's text was read for this data (Légifrance or a faithful copy of it). Null when
   * it was written from knowledge and not re-read: check before relying on the detail.
   */
  textSource: z.string().min(1).nullable(),
});
export type Provision = z.infer<typeof provisionSchema>;
