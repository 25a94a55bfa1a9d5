import { z } from 'zod';

// Kept apart from model.ts so that the notice schema, which model.ts stores, can name platforms too.
export const platformIds = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
  'mastodon',
  'bluesky',
  'linkedin',
  'threads',
  'generic',
] as const;
export const platformIdSchema = z.enum(platformIds);
export type PlatformId = z.infer<typeof platformIdSchema>;
