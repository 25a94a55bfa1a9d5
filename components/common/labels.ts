import { type Lang, t, uiLang } from '../../utils/i18n';
import { localeOf } from '../../utils/i18n/dates';
import type { EvidenceKind, PlatformId, Report, ReportStatus } from '../../utils/model';
import { categoryById } from '../../utils/taxonomy/categories';
import { type GroundId, groundById } from '../../utils/taxonomy/grounds';
import { taxonomyText } from '../../utils/taxonomy/text';

// Display text for the model's values, in the UI language. Dates come from utils/i18n/dates.ts.

export { formatDateTime } from '../../utils/i18n/dates';

type MessageKey = Parameters<typeof t>[0];

const platformNames: Record<Exclude<PlatformId, 'generic'>, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  threads: 'Threads',
};

export function platformLabel(id: PlatformId): string {
  return id === 'generic' ? t('platformGeneric') : platformNames[id];
}

const evidenceKindKeys = {
  screenshot: 'evidenceKindScreenshot',
  'post-crop': 'evidenceKindPostCrop',
  html: 'evidenceKindHtml',
  metadata: 'evidenceKindMetadata',
  'recheck-screenshot': 'evidenceKindRecheckScreenshot',
  'recheck-html': 'evidenceKindRecheckHtml',
  'recheck-metadata': 'evidenceKindRecheckMetadata',
  answer: 'evidenceKindAnswer',
} as const satisfies Record<EvidenceKind, MessageKey>;

export function evidenceKindLabel(kind: EvidenceKind): string {
  return t(evidenceKindKeys[kind]);
}

const statusKeys = {
  draft: 'statusDraft',
  saved: 'statusSaved',
  'notice-opened': 'statusNoticeOpened',
  sent: 'statusSent',
} as const satisfies Record<ReportStatus, MessageKey>;

export function statusLabel(status: ReportStatus): string {
  return t(statusKeys[status]);
}

export function targetLabel(target: Report['target']): string {
  return t(target === 'post' ? 'targetPost' : 'targetPage');
}

/** The category's label, or "no category" (an id no longer in the taxonomy is shown as is). */
export function categoryLabel(categoryId: string | null, lang: Lang = uiLang()): string {
  if (categoryId === null) return t('noCategory', lang);
  const category = categoryById(categoryId);
  return category ? taxonomyText(category.label, lang) : categoryId;
}

export function formatBytes(size: number, lang: Lang = uiLang()): string {
  const locale = localeOf(lang);
  if (size < 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte' }).format(size);
  const unit = size < 1024 * 1024 ? 'kilobyte' : 'megabyte';
  const value = size / (unit === 'kilobyte' ? 1024 : 1024 * 1024);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** The exact count, for evidence: "123,456 bytes" / "123 456 octets". */
export function formatExactBytes(size: number, lang: Lang = uiLang()): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit: 'byte',
    unitDisplay: 'long',
  }).format(size);
}

export function groundLabel(id: GroundId, lang: Lang = uiLang()): string {
  return taxonomyText(groundById(id).label, lang);
}

/** "Origin, Religion", or "none" when the list is empty. */
export function groundsLabel(ids: readonly GroundId[], lang: Lang = uiLang()): string {
  return ids.length === 0 ? t('groundsNone', lang) : ids.map((id) => groundLabel(id, lang)).join(', ');
}

/** "24 hours" / "24 heures"; null is the absence of a reminder. */
export function hoursLabel(hours: number | null, lang: Lang = uiLang()): string {
  if (hours === null) return t('followUpNone', lang);
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
  }).format(hours);
}

/** A 0–1 confidence as a whole percentage. */
export function confidenceLabel(confidence: number, lang: Lang = uiLang()): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(confidence);
}
