import { z } from 'zod';

/**
 * Who could see the content: `public`, anyone on the internet (a post, a public page); `private`,
 * only some people (a direct message, a closed group, a restricted account). PHAROS takes only
 * public content, and a notice says the content is accessible to the public only when it is.
 */
export const audienceSchema = z.enum(['public', 'private']);
export type Audience = z.infer<typeof audienceSchema>;

/** What the page suggested (the adapter: a post vs. a direct-message view) and what the person confirmed. */
export const reportAudienceSchema = z.object({
  detected: audienceSchema.nullable(),
  confirmed: audienceSchema.nullable(),
});
export type ReportAudience = z.infer<typeof reportAudienceSchema>;

/** Whether the notice's address is the post's own (its permalink) or only the page it was seen on. */
export const addressKindSchema = z.enum(['post', 'page']);
export type AddressKind = z.infer<typeof addressKindSchema>;
