import { z } from 'zod';
import { platformIdSchema, rectSchema, viewportSchema } from '../model';

// What the page reader (page-check.ts) answers about a post's address, and what it means. The
// reading comes from a web page: untrusted, parsed here before anything is stored.

const MAX_HTML_CHARS = 5_000_000;

export const pageReadingSchema = z.object({
  pageUrl: z.string().max(8192),
  pageTitle: z.string().transform((title) => title.slice(0, 4096)),
  platform: platformIdSchema,
  /** The post itself shows on the page (an element whose address is the post's). */
  found: z.boolean(),
  /** How the post was found, for diagnosing a platform whose layout changed. */
  foundBy: z.string().max(200).nullable(),
  /** What the page shows instead, as the platform's adapter reads it. */
  obstacle: z.enum(['login-wall', 'region-blocked', 'post-unavailable', 'unsupported-layout']).nullable(),
  viewport: viewportSchema,
  /** The post's box in the view, when found. */
  postRect: rectSchema.nullable(),
  /** Sanitized HTML of the post, or of the page when the post is not there. */
  html: z.string().max(MAX_HTML_CHARS),
});
export type PageReading = z.infer<typeof pageReadingSchema>;

/**
 * still online; removed (the platform's removal or "unavailable" page); not visible (a login
 * wall, a region block); could not tell (no adapter, a layout it does not know, a page that failed).
 */
export const recheckOutcomes = ['online', 'removed', 'not-visible', 'unknown'] as const;
export const recheckOutcomeSchema = z.enum(recheckOutcomes);
export type RecheckOutcome = z.infer<typeof recheckOutcomeSchema>;

export function outcomeOf(reading: PageReading | null): RecheckOutcome {
  if (!reading) return 'unknown';
  if (reading.found) return 'online';
  if (reading.obstacle === 'post-unavailable') return 'removed';
  // Still there for others: withheld in the viewer's country, or behind a login.
  if (reading.obstacle === 'login-wall' || reading.obstacle === 'region-blocked') return 'not-visible';
  return 'unknown';
}
