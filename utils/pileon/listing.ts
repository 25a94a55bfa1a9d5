import { z } from 'zod';
import { postDataSchema, rectSchema, viewportSchema } from '../model';

// What the lister in the page answers (utils/pileon/page-lister.ts). Untrusted: parsed here.

const MAX_HTML_CHARS = 2_000_000;
const MAX_REPLIES = 5000;

export const listedPostSchema = z.object({
  key: z.string().min(1).max(8192),
  data: postDataSchema,
  present: z.boolean(),
});
export type ListedReply = z.infer<typeof listedPostSchema>;

export const listingSchema = z.object({
  pageUrl: z.string().max(8192),
  pageTitle: z.string().transform((t) => t.slice(0, 4096)),
  supported: z.boolean(),
  target: listedPostSchema.nullable(),
  replies: z.array(listedPostSchema).max(MAX_REPLIES),
});
export type Listing = z.infer<typeof listingSchema>;

export const shownSchema = z.object({
  rect: rectSchema,
  viewport: viewportSchema,
  topInset: z.number().nonnegative(),
  shown: z
    .array(
      z.object({
        key: z.string().min(1).max(8192),
        data: postDataSchema,
        rect: rectSchema,
        html: z.string().max(MAX_HTML_CHARS),
        clipped: z.boolean(),
      }),
    )
    .max(MAX_REPLIES),
  missing: z.array(z.string().max(8192)).max(MAX_REPLIES),
});
export type Shown = z.infer<typeof shownSchema>;
