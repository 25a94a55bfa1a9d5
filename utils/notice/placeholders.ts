import { type MessageKey, t } from '../i18n';
import type { Notice } from './notice';

// Text a notice holds until the person fills it in. No channel takes a notice that still holds one.

export const placeholders = {
  /** Where the law must be named by the person (other illegal content): never left blank silently. */
  provision: 'noticePlaceholderProvision',
} satisfies Record<string, MessageKey>;

/** Each placeholder in both languages: a notice in either may hold one (both catalogues must be at hand). */
function allPlaceholders(): string[] {
  return Object.values(placeholders).flatMap((key) => [t(key, 'fr'), t(key, 'en')]);
}

/** The parts of a notice the person writes or checks, in the order the composer shows them. */
export const noticeTextParts = ['urls', 'legalBasis', 'explanation', 'quote', 'name', 'email'] as const;
export type NoticeTextPart = (typeof noticeTextParts)[number];

/** The parts of `notice` that still hold a placeholder, in the composer's order. */
export function partsWithPlaceholders(notice: Notice): NoticeTextPart[] {
  const held = allPlaceholders();
  return noticeTextParts.filter((part) => {
    const value = part === 'urls' ? notice.urls.join('\n') : notice[part];
    return held.some((placeholder) => value.includes(placeholder));
  });
}
