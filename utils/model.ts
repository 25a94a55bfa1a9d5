import { z } from 'zod';
import { suggestionSchema } from './classify/suggestion';
import { reportAudienceSchema } from './notice/audience';
import { noticeRecordSchema } from './notice/notice-record';
import { platformIdSchema } from './platform-id';
import { groundIdSchema } from './taxonomy/grounds';

export { type PlatformId, platformIdSchema, platformIds } from './platform-id';

// The data model, in one place. Every stored record and every message is parsed with these.
// Bump SCHEMA_VERSION with a step in utils/db/record-migrations.ts and a saved example of the old
// data in test/unit/db/examples/.
export const SCHEMA_VERSION = 5;

export const postKindSchema = z.enum(['post', 'comment', 'reply']);
export type PostKind = z.infer<typeof postKindSchema>;

const isoDateTime = z.iso.datetime({ offset: false });
const httpUrl = z.url({ protocol: /^https?$/ });

export const mediaSchema = z.object({
  type: z.enum(['image', 'video']),
  url: z.string().max(4096),
});

/** What an adapter read from the page. Empty fields stay null: the composer asks the user for them. */
export const postDataSchema = z.object({
  platform: platformIdSchema,
  kind: postKindSchema,
  permalink: httpUrl.nullable(),
  author: z.object({
    handle: z.string().max(512).nullable(),
    name: z.string().max(512).nullable(),
  }),
  publishedAt: isoDateTime.nullable(),
  text: z.string(),
  media: z.array(mediaSchema).max(100),
  /** How each field was found (field → strategy), so a changed layout is easy to diagnose. */
  foundBy: z.record(z.string(), z.string()),
});
export type PostData = z.infer<typeof postDataSchema>;

export const rectSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});
export type Rect = z.infer<typeof rectSchema>;

export const viewportSchema = z.object({
  width: z.number().positive(),
  height: z.number().positive(),
  devicePixelRatio: z.number().positive(),
  scrollX: z.number(),
  scrollY: z.number(),
});
export type Viewport = z.infer<typeof viewportSchema>;

/** What the browser's menu told us about the right-click (selection, link, image…). */
export const menuContextSchema = z.object({
  selectionText: z.string().max(100_000).optional(),
  linkUrl: z.string().max(8192).optional(),
  srcUrl: z.string().max(8192).optional(),
  mediaType: z.string().max(64).optional(),
  frameUrl: z.string().max(8192).optional(),
});
export type MenuContext = z.infer<typeof menuContextSchema>;

/**
 * A post's text collapsed behind the platform's "Show more": none shown, `expanded` by Constat's
 * click (the person allowed it), or `not-expanded` (the text may stop where the page cut it).
 */
export const collapsedTextSchema = z.enum(['none', 'expanded', 'not-expanded']);

export const captureMetaSchema = z.object({
  pageUrl: z.string().max(8192),
  pageTitle: z.string().max(4096),
  capturedAt: isoDateTime,
  browser: z.object({ userAgent: z.string(), name: z.string(), version: z.string() }),
  extensionVersion: z.string(),
  viewport: viewportSchema.nullable(),
  /** The post's box in CSS pixels relative to the viewport, when a post was found. */
  postRect: rectSchema.nullable(),
  /** The crop taken from the screenshot, in image pixels (the first part's, for a tall post). */
  cropRect: rectSchema.nullable(),
  /** How many screenshots the post's image was stitched from (a post taller than the view). */
  cropParts: z.number().int().positive().nullable(),
  /**
   * The tab's zoom during the screenshots when Constat lowered it so that a post taller than the
   * window fits (1 = the page's own size); absent or null when the page was captured as shown.
   */
  captureZoom: z.number().positive().max(5).nullable().optional(),
  /**
   * For a post taller than the window: the font size (CSS px) most of its text is drawn at, which
   * set how low the zoom could go (in the picture it is this times the viewport's devicePixelRatio
   * device pixels tall); absent for other captures and those made before it was kept.
   */
  postTextPx: z.number().positive().max(1000).optional(),
  menu: menuContextSchema,
  /** Whether the post's text was collapsed and expanded; absent from captures made before it was kept. */
  collapsedText: collapsedTextSchema.optional(),
});
export type CaptureMeta = z.infer<typeof captureMetaSchema>;

/**
 * The capture's files, then those added later beside them (the first capture is never replaced):
 * each "Still online?" recheck's screenshot, HTML and sealed metadata, and the platform's answers
 * the person attached to a notice's follow-up.
 */
export const evidenceKindSchema = z.enum([
  'screenshot',
  'post-crop',
  'html',
  'metadata',
  'recheck-screenshot',
  'recheck-html',
  'recheck-metadata',
  'answer',
]);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** The evidence listed on a report; bytes live in the evidence store, keyed by id. */
export const evidenceRefSchema = z.object({
  id: z.uuid(),
  kind: evidenceKindSchema,
  mime: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha256Hex,
});
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

export const evidenceRecordSchema = evidenceRefSchema.extend({
  reportId: z.uuid(),
  createdAt: isoDateTime,
  bytes: z.instanceof(ArrayBuffer),
});
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;

/** Fields the user may correct in the composer; the extraction itself is never overwritten. */
export const editableFields = ['permalink', 'authorHandle', 'authorName', 'publishedAt', 'text'] as const;
export const editableFieldSchema = z.enum(editableFields);
export type EditableField = z.infer<typeof editableFieldSchema>;

export const fieldEditSchema = z.object({ value: z.string(), editedAt: isoDateTime });

/**
 * draft: captured; saved: the person saved their choices; notice-opened: a reporting channel was
 * chosen; sent: the person marked a notice as sent. `status` is the furthest step reached.
 */
export const reportStatuses = ['draft', 'saved', 'notice-opened', 'sent'] as const;
export const reportStatusSchema = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const statusEventSchema = z.object({
  status: reportStatusSchema,
  at: isoDateTime,
  /** The notice the step is about (notice-opened, sent). */
  noticeId: z.uuid().optional(),
});

export const MAX_ATTACK_TARGET_CHARS = 300;

export const reportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.uuid(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  status: reportStatusSchema,
  statusHistory: z.array(statusEventSchema).min(1),
  /** `post`: an adapter found the post under the pointer; `page`: only the page could be captured. */
  target: z.enum(['post', 'page']),
  platform: platformIdSchema,
  extracted: postDataSchema.nullable(),
  edits: z.partialRecord(editableFieldSchema, fieldEditSchema),
  /** The offence the person chose (taxonomy id), and the protected grounds it targets. */
  categoryId: z.string().nullable(),
  grounds: z.array(groundIdSchema),
  /** What the classification assistant suggested, kept beside the person's choice. */
  suggestion: suggestionSchema.nullable(),
  /** Whether the content is public: read from the page where the adapter can tell, confirmed by the person. */
  audience: reportAudienceSchema,
  notes: z.string(),
  /**
   * The person or group the content attacks, as the person names it (empty when not named): the log
   * groups reports by it, which is what a victim of a coordinated attack needs to show.
   */
  attackTarget: z.string().max(MAX_ATTACK_TARGET_CHARS),
  meta: captureMetaSchema,
  evidence: z.array(evidenceRefSchema),
  /** Plain-language notes on what could not be captured, shown to the user. */
  warnings: z.array(z.string()),
  /** Every notice composed for a channel: where, when, the exact text, and whether it was sent. */
  notices: z.array(noticeRecordSchema),
});
export type Report = z.infer<typeof reportSchema>;
