import type { Notice } from './notice';
import { type NoticeTextPart, partsWithPlaceholders } from './placeholders';

/** What keeps every channel closed until the person deals with it. */
export type NoticeBlocker =
  /** A part still holds text to fill in ("[legal provision to be named]"). */
  | { kind: 'placeholder'; part: NoticeTextPart }
  /** The address is the page's, not the post's, and the person has not accepted that. */
  | { kind: 'page-address' };

/**
 * Why no channel may take `notice` yet: every placeholder left, naming its part, and a page address
 * used as the content's address without the person's confirmation (DSA Art. 16(2)(b) asks for the
 * content's exact location).
 */
export function noticeBlockers(notice: Notice, pageAddressConfirmed: boolean): NoticeBlocker[] {
  const blockers: NoticeBlocker[] = partsWithPlaceholders(notice).map((part) => ({
    kind: 'placeholder',
    part,
  }));
  if (notice.addressKind === 'page' && !pageAddressConfirmed) blockers.push({ kind: 'page-address' });
  return blockers;
}
