import type { Notice, NoticeLanguage } from '../../utils/notice/notice';
import type { NoticeTextPart } from '../../utils/notice/placeholders';

/** The parts of a notice the person may rewrite before using it. */
export type EditableNoticePart = NoticeTextPart;
export type NoticeEdits = Partial<Pick<Notice, EditableNoticePart>>;

/** Edits are kept per language: switching language shows the other text, and switching back keeps yours. */
export type NoticeEditsByLang = Record<NoticeLanguage, NoticeEdits>;

export function withNoticeEdits(composed: Notice, edits: NoticeEdits): Notice {
  const notice = { ...composed, ...edits };
  // Anonymity is the law's, not a default: an anonymous notice never carries a name or email.
  return notice.anonymous ? { ...notice, name: '', email: '' } : notice;
}

/** The URL box: one address per line, blank lines dropped; the composed one if nothing is left. */
export function urlsFromText(text: string, fallback: readonly string[]): string[] {
  const urls = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return urls.length > 0 ? urls : [...fallback];
}
