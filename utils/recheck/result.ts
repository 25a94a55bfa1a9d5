import { z } from 'zod';
import { recheckOutcomeSchema } from './reading';

// What one recheck found, as its event records it (with the new evidence's hashes beside it).

const isoDateTime = z.iso.datetime({ offset: false });

/**
 * Whether the recheck photographed the page, and if not why: the browser grants the screenshot
 * only with access to all sites (which the person may allow), content never kept in pictures is
 * not photographed, a browser without windows has nothing of its own to photograph.
 */
export const screenshotNotes = ['taken', 'no-permission', 'never-capture', 'no-window', 'failed'] as const;
export type ScreenshotNote = (typeof screenshotNotes)[number];

export const recheckResultSchema = z.object({
  checkedAt: isoDateTime,
  /** The post's address as opened. */
  address: z.string().max(8192),
  outcome: recheckOutcomeSchema,
  /** Where the page ended (after redirects) and its title. */
  pageUrl: z.string().max(8192).nullable(),
  pageTitle: z.string().max(4096).nullable(),
  obstacle: z.string().max(64).nullable(),
  foundBy: z.string().max(200).nullable(),
  screenshot: z.enum(screenshotNotes),
  /** Why the page could not be read or photographed, in the browser's words. */
  error: z.string().max(2000).nullable(),
});
export type RecheckResult = z.infer<typeof recheckResultSchema>;
