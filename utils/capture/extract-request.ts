import { z } from 'zod/mini';

// What the background asks the extractor in the page: crossed into the page's content-script world
// by `scripting.executeScript` and parsed there. zod/mini: the extractor is injected into every
// reported page and stays light.

const address = z.string().check(z.maxLength(8192));

export const extractRequestSchema = z.object({
  /** What the browser's menu said about the right-click (selection, link, image…). */
  menu: z.object({
    selectionText: z.optional(z.string().check(z.maxLength(100_000))),
    linkUrl: z.optional(address),
    srcUrl: z.optional(address),
    mediaType: z.optional(z.string().check(z.maxLength(64))),
    frameUrl: z.optional(address),
  }),
  /** Firefox's `menus.getTargetElement` id, when the browser gave one. */
  targetElementId: z.optional(z.number()),
  /** Only a right-click this recent counts as the target of this report. */
  maxTargetAgeMs: z.number().check(z.nonnegative()),
  /** The keyboard shortcut: the post with focus or under the pointer, never an earlier right-click. */
  via: z.optional(z.literal('shortcut')),
  /** The person allowed clicking the platform's "Show more" to read a collapsed post whole. */
  expandCollapsed: z.optional(z.boolean()),
});
export type ExtractRequest = z.infer<typeof extractRequestSchema>;
