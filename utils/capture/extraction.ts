import { z } from 'zod';
import {
  collapsedTextSchema,
  menuContextSchema,
  platformIdSchema,
  postDataSchema,
  rectSchema,
  viewportSchema,
} from '../model';

/** Sent to the extractor in the page by the background (declared in utils/injected/scripts.ts). */
export const extractRequestSchema = z.object({
  menu: menuContextSchema,
  /** Firefox's `menus.getTargetElement` id, when the browser gave one. */
  targetElementId: z.number().int().optional(),
  /** Only a right-click this recent counts as the target of this report. */
  maxTargetAgeMs: z.number().nonnegative(),
  /** The keyboard shortcut: the post with focus or under the pointer, never an earlier right-click. */
  via: z.literal('shortcut').optional(),
  /** The person allowed clicking the platform's "Show more" to read a collapsed post whole. */
  expandCollapsed: z.boolean().optional(),
});
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

/** Why no post was captured, phrased for the user by the background. */
export const noPostReasonSchema = z.enum([
  'no-target', // no right-click recorded and nothing in the menu context to find the element by
  'no-post-at-focus', // the shortcut: neither the focused element nor the one under the pointer is in a post
  'unsupported-page', // no adapter for this page
  'no-post-at-target', // an adapter, but the element is not inside a post
  'extract-failed', // the adapter threw
  'login-wall', // the platform shows a login wall instead of the post
  'region-blocked', // the platform withholds the post in the viewer's country
  'post-unavailable', // the post was deleted or is not available
  'unsupported-layout', // a page of the platform the adapter does not know
]);
export type NoPostReason = z.infer<typeof noPostReasonSchema>;

const MAX_HTML_CHARS = 20_000_000;

/** What the extractor returns from the page. Untrusted: parsed in the background. */
export const extractionSchema = z.object({
  pageUrl: z.string().max(8192),
  pageTitle: z.string().transform((t) => t.slice(0, 4096)),
  viewport: viewportSchema,
  selectionText: z.string().max(1_000_000),
  post: z
    .object({
      data: postDataSchema,
      /** Box in CSS pixels relative to the viewport, after scrolling it into view. */
      rect: rectSchema,
      /** Viewport rows at the top hidden by fixed bars (a site's header), in CSS pixels. */
      topInset: z.number().nonnegative(),
      /** Sanitized HTML of the post element. */
      html: z.string().max(MAX_HTML_CHARS),
      /** Whether the post was taller or wider than the viewport (crop shows only its visible part). */
      clipped: z.boolean(),
      /** The font size (CSS px) most of the post's text is drawn at: how low a capture's zoom may go. */
      textPx: z.number().positive().max(1000).optional(),
      /** Whether the post's text was collapsed behind "Show more", and whether Constat expanded it. */
      collapsedText: collapsedTextSchema.optional(),
    })
    .nullable(),
  /** Platform of the page even when no post was found. */
  platform: platformIdSchema,
  noPostReason: noPostReasonSchema.nullable(),
  /** The adapter's error message when it threw. */
  error: z.string().max(2000).nullable(),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** Where the post is after the page scrolled it for the next part of a tall capture. */
export const placementSchema = z.object({
  rect: rectSchema,
  viewport: viewportSchema,
  topInset: z.number().nonnegative(),
});
export type Placement = z.infer<typeof placementSchema>;

/**
 * What the page answers when asked to scroll the post: where it is now, or a code the background
 * turns into a sentence of the catalogue (the page speaks no language of the person's).
 */
export const scrollOutcomeSchema = z.union([placementSchema, z.object({ problem: z.literal('post-gone') })]);
export type ScrollOutcome = z.infer<typeof scrollOutcomeSchema>;

/** Where to scroll the extracted post, and the view's height (CSS px) to wait for after a zoom. */
export const scrollRequestSchema = z.object({
  /** The post's row (CSS px from its top) to bring just below the page's fixed bars. */
  offset: z.number(),
  /** The height the view takes at a new zoom: the page is placed once it has it (or soon after). */
  viewportHeight: z.number().positive().optional(),
});
export type ScrollRequest = z.infer<typeof scrollRequestSchema>;
