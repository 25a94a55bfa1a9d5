import type { Localized } from '../taxonomy/localized';
import type { Notice } from './notice';

// Text a notice holds until the person fills it in. No channel takes a notice that still holds one.

export const placeholders = {
  /** Where the law must be named by the person (other illegal content): never left blank silently. */
  provision: {
    fr: '[disposition légale à préciser]',
    en: '[legal provision to be named]',
  },
} satisfies Record<string, Localized>;

const allPlaceholders = Object.values(placeholders).flatMap((p) => [p.fr, p.en]);

/** The parts of a notice the person writes or checks, in the order the composer shows them. */
export const noticeTextParts = ['urls', 'legalBasis', 'explanation', 'quote', 'name', 'email'] as const;
export type NoticeTextPart = (typeof noticeTextParts)[number];

/** The parts of `notice` that still hold a placeholder, in the composer's order. */
export function partsWithPlaceholders(notice: Notice): NoticeTextPart[] {
  return noticeTextParts.filter((part) => {
    const value = part === 'urls' ? notice.urls.join('\n') : notice[part];
    return allPlaceholders.some((placeholder) => value.includes(placeholder));
  });
}
