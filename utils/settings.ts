import { browser } from 'wxt/browser';
import { z } from 'zod';
import { userTermSchema } from './classify/user-terms';
import { t } from './i18n';
import { CatalogueError } from './i18n/catalogue-error';
import { fill } from './i18n/fill';
import { zodIssuesText } from './i18n/zod-issues';

export { type UserTerm, userTermSchema } from './classify/user-terms';

// The person's own settings, kept in the browser's extension storage (never synced anywhere) and
// parsed whenever they are read: a damaged value is an error the options page shows, never a
// silent reset to defaults.

/** The interface's language: the browser's, or one the person chose (the notice's is chosen per report). */
export const uiLanguageChoiceSchema = z.enum(['browser', 'fr', 'en']);
export type UiLanguageChoice = z.infer<typeof uiLanguageChoiceSchema>;

export const settingsSchema = z.object({
  version: z.literal(1),
  userTerms: z.array(userTermSchema).max(2000),
  /** Follow-up reminder per category, in hours (null: none); a category left out keeps its default. */
  followUpHours: z.record(
    z.string(),
    z
      .number()
      .int()
      .positive()
      .max(24 * 365)
      .nullable(),
  ),
  /** Who signs the notices (DSA Art. 16(2)(c)); empty until the person fills it in. */
  notifier: z
    .object({ name: z.string().trim().max(200), email: z.union([z.literal(''), z.email().max(320)]) })
    .default({ name: '', email: '' }),
  /** Days between automatic "Still online?" rechecks of sent notices' posts; null: only when asked. */
  recheckEveryDays: z.number().int().min(1).max(90).nullable().default(null),
  /**
   * Whether a capture may click the platform's own "Show more" / "See more" under a collapsed post
   * to read its whole text. Off unless the person turns it on: the click changes the page.
   */
  expandCollapsedPosts: z.boolean().default(false),
  uiLanguage: uiLanguageChoiceSchema.default('browser'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  version: 1,
  userTerms: [],
  followUpHours: {},
  notifier: { name: '', email: '' },
  recheckEveryDays: null,
  expandCollapsedPosts: false,
  uiLanguage: 'browser',
};

const KEY = 'settings';

export class SettingsError extends CatalogueError {
  override name = 'SettingsError';
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return defaultSettings;
  const parsed = settingsSchema.safeParse(stored);
  if (!parsed.success)
    throw new SettingsError(fill(t('settingsUnreadableDetail'), { detail: zodIssuesText(parsed.error) }));
  return parsed.data;
}

export async function saveSettings(settings: z.input<typeof settingsSchema>): Promise<void> {
  await browser.storage.local.set({ [KEY]: settingsSchema.parse(settings) });
}
